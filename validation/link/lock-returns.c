/*
 * check-name: a function in one file returns holding a lock taken in another
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/locker.c -- -Wunbalanced-return
 *
 * check-error-start
link/lock-returns.c:27:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/lock-returns.c:26:9: note: after dev_lock_take() returns here, a spinlock is held
link/inputs/locker.c:8:9: note: spin_lock() acquires a spinlock here
link/lock-returns.c:40:6: warning: takes_on_some_paths() returns in different states on different paths: a spinlock is held on some only (preempt depth 0..1 at return) [-Wunbalanced-return]
link/lock-returns.c:43:17: note: after dev_lock_take() returns here, a spinlock is held
link/inputs/locker.c:8:9: note: spin_lock() acquires a spinlock here
link/lock-returns.c:55:9: warning: kmalloc(GFP_KERNEL) may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/lock-returns.c:54:9: note: after take_it() returns here, a spinlock is held
link/lock-returns.c:49:9: note: after dev_lock_take() returns here, a spinlock is held
link/inputs/locker.c:8:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
#include "../include/kapi.h"

void dev_lock_take(void);
void dev_lock_give(void);
void dev_lock_maybe(int take);

void sleeps_with_dev_lock(void)
{
	dev_lock_take();
	msleep(1);
	dev_lock_give();
}

/* Silent: given back before the sleep. */
void sleeps_after_give(void)
{
	dev_lock_take();
	dev_lock_give();
	msleep(1);
}

/* Held on one path only: the link step sees the imbalance. */
void takes_on_some_paths(int x)
{
	if (x)
		dev_lock_take();
}

/* Through a local helper whose callee is in the other file. */
static void take_it(void)
{
	dev_lock_take();
}

void sleeps_after_local_helper(void)
{
	take_it();
	kmalloc(32, GFP_KERNEL);
	dev_lock_give();
}
