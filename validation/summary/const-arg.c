#include "../include/kapi.h"

static spinlock_t l;
static struct mutex m;

static void lock_it(bool can_sleep)
{
	if (can_sleep)
		mutex_lock(&m);
	else
		spin_lock(&l);
}

static void wait_it(bool can_sleep)
{
	if (can_sleep)
		msleep(1);
	else
		udelay(1);
}

void constant_selects_no_sleep(void)
{
	spin_lock(&l);
	wait_it(false);
	spin_unlock(&l);
}

void constant_selects_sleep(void)
{
	spin_lock(&l);
	wait_it(true);
	spin_unlock(&l);
}

void lock_wrapper_spin_path(void)
{
	lock_it(false);
	msleep(1);
	spin_unlock(&l);
}

void lock_wrapper_mutex_path(void)
{
	lock_it(true);
	msleep(1);
	mutex_unlock(&m);
}

/*
 * check-name: constant arguments select branches in callees
 * check-description: a wrapper that takes a spinlock or a mutex
 *	depending on a flag is atomic only on its spinlock path
 *
 * check-error-start
 * check-error-end
 */
