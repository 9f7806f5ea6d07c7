#include "../include/kapi.h"

static spinlock_t l;
int __attribute__((address_space(1))) *up;
int *kp;

int compares(void)
{
	return up == kp;
}

void sleeps(void)
{
	spin_lock(&l);
	msleep(1);
	spin_unlock(&l);
}

/*
 * check-name: sparse's type errors are muted by default
 * check-description: a comparison across address spaces is sparse's
 *	error, not klint-sparse's finding, and loses no code: nothing of
 *	it is printed, no note either.
 *
 * check-error-start
sparse-errors/type-error.c:15:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
sparse-errors/type-error.c:14:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
