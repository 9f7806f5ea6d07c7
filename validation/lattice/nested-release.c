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
 * check-error-end
 */
