#include "../include/kapi.h"

static spinlock_t l;
static struct mutex m;

void sleeps_under_lock(void)
{
	spin_lock(&l);
	msleep(10);
	spin_unlock(&l);
}

void mutex_under_irq_lock(void)
{
	spin_lock_irq(&l);
	mutex_lock(&m);
	mutex_unlock(&m);
	spin_unlock_irq(&l);
}

void sleeps_after_unlock(void)
{
	spin_lock(&l);
	udelay(1);
	spin_unlock(&l);
	msleep(10);
}

/*
 * check-name: sleeping with a spinlock held
 * check-description: reported at the sleeping call, with where the lock
 *	was taken; a non-sleeping delay and a sleep after the unlock are fine
 *
 * check-error-start
 * check-error-end
 */
