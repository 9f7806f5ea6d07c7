#include "../../include/kapi.h"

static spinlock_t other_lock;

void quiet_poll(void)
{
	udelay(5);
}

/* Balanced: whatever it does inside, it returns as it was entered. */
void quiet_locked_poll(void)
{
	spin_lock(&other_lock);
	udelay(5);
	spin_unlock(&other_lock);
}

/* Sleeps only when told it may; its callers here pass 0 under locks. */
void quiet_sleep_if(int may_sleep)
{
	if (!in_atomic() && may_sleep)
		msleep(1);
}
