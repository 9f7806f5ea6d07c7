#include "../include/kapi.h"

static spinlock_t l;

void lock_per_iteration(int n)
{
	int i;

	for (i = 0; i < n; i++) {
		spin_lock(&l);
		msleep(1);
		spin_unlock(&l);
	}
}

void sleep_between_iterations(int n)
{
	int i;

	for (i = 0; i < n; i++) {
		spin_lock(&l);
		udelay(1);
		spin_unlock(&l);
		msleep(1);
	}
}

void nested(int n)
{
	int i;

	spin_lock(&l);
	for (i = 0; i < n; i++) {
		preempt_disable();
		udelay(1);
		preempt_enable();
	}
	spin_unlock(&l);
	msleep(1);
}

/*
 * check-name: loops converge
 * check-description: a balanced lock in a loop stays balanced; the sleep
 *	inside the locked region is found on every iteration
 *
 * check-error-start
lattice/loops.c:11:17: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lattice/loops.c:10:17: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
