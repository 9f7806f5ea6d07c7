#include "../include/kapi.h"

#define RPM_ASYNC	0x01
#define RPM_NOWAIT	0x02
#define RPM_AUTO	0x08

static spinlock_t power_lock;

/* rpm_suspend(): waits for a suspend in progress unless told not to */
static int suspend_dev(int busy, int flags)
{
	if (busy) {
		if (flags & (RPM_ASYNC | RPM_NOWAIT))
			return -115;
		msleep(1);
	}
	return 0;
}

/* Asks for an asynchronous suspend, whatever else the caller asked */
int request_suspend(int busy, int flags)
{
	int ret;

	spin_lock(&power_lock);
	ret = suspend_dev(busy, flags | RPM_ASYNC | RPM_AUTO);
	spin_unlock(&power_lock);
	return ret;
}

/* Only RPM_AUTO is set: the wait stays */
int auto_suspend(int busy, int flags)
{
	int ret;

	spin_lock(&power_lock);
	ret = suspend_dev(busy, flags | RPM_AUTO);
	spin_unlock(&power_lock);
	return ret;
}

/*
 * check-name: a bit known set decides a test of several bits
 * check-description: "flags & (RPM_ASYNC | RPM_NOWAIT)" is non-zero when
 *	the caller ORs RPM_ASYNC in, whatever the rest of flags holds; the
 *	wait is then never reached under the spinlock.  ORing in another
 *	bit decides nothing.
 *
 * check-error-start
lattice/bits-set.c:37:15: warning: suspend_dev() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lattice/bits-set.c:36:9: note: spin_lock() acquires a spinlock here
lattice/bits-set.c:15:17: note: suspend_dev() calls msleep(), which may sleep
 * check-error-end
 */
