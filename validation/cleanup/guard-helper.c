#include "../include/cleanup.h"

static spinlock_t lock;
static struct mutex m;

static void mutex_guarded(int *counter)
{
	guard(mutex)(&m);
	(*counter)++;
}

void helper_under_spinlock(int *counter)
{
	guard(spinlock)(&lock);
	mutex_guarded(counter);
}

void helper_outside_spinlock(int *counter)
{
	scoped_guard(spinlock, &lock)
		(*counter)--;
	mutex_guarded(counter);
}

/*
 * check-name: a function that only takes guard(mutex), called under a lock
 * check-description: mutex_guarded()'s summary says it sleeps (mutex_lock()
 *	in the inlined constructor) and leaves the count as it was (the
 *	destructor's mutex_unlock()): called in guard(spinlock)'s scope it is
 *	reported, after scoped_guard(spinlock)'s it is not
 *
 * check-error-start
cleanup/guard-helper.c:15:9: warning: mutex_guarded() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
cleanup/guard-helper.c:14:9: note: spin_lock() acquires a spinlock here, in inlined class_spinlock_constructor()
cleanup/guard-helper.c:8:9: note: mutex_guarded() calls mutex_lock(), which may sleep
 * check-error-end
 */
