#include "kapi.h"
#include "wait.h"

static spinlock_t user_lock;

/* Unchanged by the range; what it includes changes. */
void user_reset(void)
{
	spin_lock(&user_lock);
	foo_wait();
	spin_unlock(&user_lock);
}
