#include "kapi.h"

static spinlock_t lock;

/* Not built in the configuration: never checked. */
void unbuilt_bug(void)
{
	spin_lock(&lock);
	msleep(1);
	spin_unlock(&lock);
}
