#include "../include/kapi.h"

static spinlock_t a, b;

/* The bug a one-bit "lock held" model misses: two taken, one released. */
void two_locks_one_released(void)
{
	spin_lock(&a);
	spin_lock(&b);
	spin_unlock(&b);
	msleep(1);
	spin_unlock(&a);
}

void both_released(void)
{
	spin_lock(&a);
	spin_lock(&b);
	spin_unlock(&b);
	spin_unlock(&a);
	msleep(1);
}

/*
 * check-name: exact counts through nesting
 *
 * check-error-start
lattice/nested-release.c:11:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lattice/nested-release.c:8:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
