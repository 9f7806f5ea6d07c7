#include "../include/kapi.h"

static spinlock_t l;
int send_nb(int x);
int msleep_interruptible(unsigned int ms);

/* intel_guc_send_busy_loop(), whose loop flag is the caller's argument */
static inline int send_retry(int x, bool loop)
{
	bool not_atomic = !in_atomic() && !irqs_disabled();
	int err;

	err = send_nb(x);
	if (err == -16 && loop) {
		if (not_atomic)
			msleep_interruptible(1);
		else
			udelay(1);
	}
	return err;
}

/* guc_submission_send_busy_loop(): a wrapper the call specializes on loop */
static int submission_retry(int x, bool loop)
{
	return send_retry(x, loop);
}

void retry_under_lock(void)
{
	spin_lock(&l);
	submission_retry(1, true);
	spin_unlock(&l);
}

/*
 * check-name: a !in_atomic() guard on a path with other tests
 * check-description: the same guard as lattice/not-atomic.c, but the
 *	wrapper's summary depends on its loop argument.  The path that
 *	sleeps carries the facts of "err == -EBUSY && loop" as well as the
 *	count read zero; with room for four facts the oldest, the count's,
 *	was dropped and the sleep reported under the lock (i915's
 *	guc_context_set_prio() and six more in the 6.1 triage).
 *
 * check-error-start
 * check-error-end
 */
