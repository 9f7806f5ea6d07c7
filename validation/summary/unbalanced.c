#include "../include/kapi.h"

static spinlock_t l;
static int state;

void forgets_unlock(void)
{
	spin_lock(&l);
	if (state)
		return;
	spin_unlock(&l);
}

void unlock_on_error_path_only(void)
{
	if (state < 0) {
		spin_unlock(&l);
		return;
	}
	state = 1;
}

/* The caller says which: not reported (constant callers are specialized). */
void lock_if_asked(bool lock)
{
	if (lock)
		spin_lock(&l);
}

void takes_in_loop(int n)
{
	while (n--)
		spin_lock(&l);
}

void balanced_everywhere(void)
{
	spin_lock(&l);
	if (state) {
		spin_unlock(&l);
		return;
	}
	state = 1;
	spin_unlock(&l);
}

/*
 * check-name: return paths that disagree
 * check-description: one warning per function whose paths return holding
 *	something on some paths only, with nothing (a return value, a
 *	parameter) to tell them apart; a release on some paths only is left to
 *	the link step, as the lock is usually taken in another file
 * check-command: klint-sparse -Wunbalanced-return $file
 *
 * check-error-start
summary/unbalanced.c:6:6: warning: forgets_unlock() returns in different states on different paths: a spinlock is held on some only (preempt depth 0..1 at return) [-Wunbalanced-return]
summary/unbalanced.c:8:9: note: spin_lock() acquires a spinlock here
summary/unbalanced.c:30:6: warning: takes_in_loop() returns in different states on different paths: a spinlock is held on some only (preempt depth 0.. at return) [-Wunbalanced-return]
summary/unbalanced.c:33:17: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
