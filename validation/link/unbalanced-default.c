/*
 * check-name: the link step's unbalanced returns are off by default
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/locker.c
 *
 * check-error-start
link/unbalanced-default.c:26:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/unbalanced-default.c:25:9: note: after dev_lock_take() returns here, a spinlock is held
link/inputs/locker.c:8:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
#include "../include/kapi.h"

void dev_lock_take(void);
void dev_lock_give(void);

/* Held on one path only: -Wunbalanced-return would say so. */
void takes_on_some_paths(int x)
{
	if (x)
		dev_lock_take();
}

void sleeps_with_dev_lock(void)
{
	dev_lock_take();
	msleep(1);
	dev_lock_give();
}
