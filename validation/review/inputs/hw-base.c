#include "kapi.h"

static spinlock_t hw_lock;

void hw_reset(void)
{
}

/* The old bug the range fixes. */
void hw_poll(void)
{
	spin_lock(&hw_lock);
	msleep(1);
	spin_unlock(&hw_lock);
}
