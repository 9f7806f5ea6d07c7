#include "../include/kapi.h"

static spinlock_t l;

/* Sleeps only when it may: the branch is where sleeping is allowed. */
static void nap_if_allowed(void)
{
	if (!in_atomic())
		msleep(1);
}

void helper_under_lock(void)
{
	spin_lock(&l);
	nap_if_allowed();
	spin_unlock(&l);
}

void direct_test_under_lock(void)
{
	spin_lock(&l);
	if (!in_atomic())
		msleep(1);
	spin_unlock(&l);
}

/* The test says nothing about what happens after a lock is taken. */
void locks_after_the_test(void)
{
	if (!in_atomic()) {
		spin_lock(&l);
		msleep(1);
		spin_unlock(&l);
	}
}

void sleeps_anyway(void)
{
	spin_lock(&l);
	if (in_atomic())
		udelay(1);
	msleep(1);
	spin_unlock(&l);
}

/*
 * check-name: in_atomic() guards a sleep
 * check-description: a path that read the preempt count and found it
 *	zero knows the count at entry, so the sleep it guards is not
 *	reported, and the function does not become one that may sleep
 *
 * check-error-start
lattice/in-atomic.c:32:17: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lattice/in-atomic.c:31:17: note: spin_lock() acquires a spinlock here
lattice/in-atomic.c:42:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lattice/in-atomic.c:39:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
