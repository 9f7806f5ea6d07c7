/*
 * check-name: a sleep two calls away, in other files, under a spinlock
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/middle.c link/inputs/deep.c
 *
 * check-error-start
link/two-calls.c:22:9: warning: middle() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/two-calls.c:21:9: note: spin_lock() acquires a spinlock here
link/inputs/middle.c:8:9: note: middle() calls deep_sleeper()
link/inputs/deep.c:5:9: note: deep_sleeper() calls msleep(), which may sleep
 * check-error-end
 */
#include "../include/kapi.h"

void middle(void);
void deep_fast(void);

static spinlock_t lock;

void holds_lock_across_middle(void)
{
	spin_lock(&lock);
	middle();
	spin_unlock(&lock);
}

/* Silent: deep_fast() only busy-waits. */
void holds_lock_across_fast(void)
{
	spin_lock(&lock);
	deep_fast();
	spin_unlock(&lock);
}

/* Silent: the lock is dropped before the call. */
void drops_lock_first(void)
{
	spin_lock(&lock);
	spin_unlock(&lock);
	middle();
}
