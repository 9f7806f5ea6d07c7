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
summary/const-arg.c:32:9: warning: wait_it() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
summary/const-arg.c:31:9: note: spin_lock() acquires a spinlock here
summary/const-arg.c:17:17: note: wait_it() calls msleep(), which may sleep
summary/const-arg.c:39:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
summary/const-arg.c:38:9: note: after lock_it() returns here, a spinlock is held
summary/const-arg.c:11:17: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
