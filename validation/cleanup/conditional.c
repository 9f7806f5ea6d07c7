#include "../include/cleanup.h"

static spinlock_t lock;
static struct mutex m;

void sleep_in_trylock_body(void)
{
	scoped_guard(spinlock_try, &lock)
		msleep(1);
}

void sleep_after_trylock_body(int *n)
{
	scoped_guard(spinlock_try, &lock)
		(*n)++;
	msleep(*n);
}

int sleep_in_cond_guard_body(void)
{
	scoped_cond_guard(spinlock_try, return -16, &lock) {
		msleep(1);
	}
	return 0;
}

int sleep_on_cond_guard_failure(int *n)
{
	scoped_cond_guard(spinlock_try, { msleep(1); return -16; }, &lock) {
		(*n)++;
	}
	msleep(2);
	return 0;
}

int interruptible_under_spinlock(int *n)
{
	guard(spinlock)(&lock);
	scoped_cond_guard(mutex_intr, return -4, &m)
		(*n)++;
	return 0;
}

int interruptible(int *n)
{
	scoped_cond_guard(mutex_intr, return -4, &m) {
		msleep(1);
		(*n)++;
	}
	return 0;
}

/*
 * check-name: conditional guards: the body runs only when the lock was taken
 * check-description: spinlock_try's body is under the lock, what follows
 *	it and scoped_cond_guard()'s failure branch are not; mutex_intr's
 *	mutex_lock_interruptible() sleeps, under a spinlock it is reported
 *
 * check-error-start
cleanup/conditional.c:9:17: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
cleanup/conditional.c:8:9: note: spin_trylock() acquires a spinlock here, in inlined class_spinlock_try_constructor()
cleanup/conditional.c:22:17: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
cleanup/conditional.c:21:9: note: spin_trylock() acquires a spinlock here, in inlined class_spinlock_try_constructor()
cleanup/conditional.c:39:9: warning: mutex_lock_interruptible() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
cleanup/conditional.c:38:9: note: spin_lock() acquires a spinlock here, in inlined class_spinlock_constructor()
 * check-error-end
 */
