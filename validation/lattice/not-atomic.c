#include "../include/kapi.h"

static spinlock_t l;
int send_nb(int x);

static inline int send_busy_loop(int x, bool loop)
{
	bool not_atomic = !in_atomic() && !irqs_disabled();

	if (loop && not_atomic)
		msleep(1);
	return send_nb(x);
}

static int submission_send(int x, bool loop)
{
	return send_busy_loop(x, loop);
}

void under_lock(void)
{
	spin_lock(&l);
	submission_send(1, true);
	spin_unlock(&l);
}

void under_lock2(void)
{
	bool not_atomic = !in_atomic();

	spin_lock(&l);
	if (not_atomic)
		msleep(1);
	spin_unlock(&l);
}

/* The same test kept across a retry loop whose values change each round. */
int msleep_interruptible(unsigned int ms);

static inline int send_retry(int x, bool loop)
{
	unsigned int period = 1;
	bool not_atomic = !in_atomic() && !irqs_disabled();
	int err;

retry:
	err = send_nb(x);
	if (err == -16 && loop) {
		if (not_atomic) {
			if (msleep_interruptible(period))
				return -4;
			period <<= 1;
		} else {
			udelay(1);
		}
		goto retry;
	}
	return err;
}

void retry_under_lock(void)
{
	spin_lock(&l);
	send_retry(1, true);
	spin_unlock(&l);
}

/*
 * check-name: a sleep guarded by !in_atomic() && !irqs_disabled() in a local
 * check-description: intel_guc_send_busy_loop() keeps the two tests in a
 *	bool and sleeps only when both held: the path that sleeps exists
 *	only where sleeping is allowed.  A test made before the lock says
 *	nothing of the state under it.  Paths that found the count zero stay
 *	apart from the others through a loop.
 *
 * check-error-start
lattice/not-atomic.c:33:17: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lattice/not-atomic.c:31:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
