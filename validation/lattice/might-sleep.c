#include "../include/kapi.h"

static spinlock_t l;

/* might_sleep() is empty here, as without CONFIG_DEBUG_ATOMIC_SLEEP. */
static void annotated_helper(void)
{
	might_sleep();
}

void might_sleep_under_lock(void)
{
	spin_lock(&l);
	might_sleep();
	spin_unlock(&l);
}

void helper_under_lock(void)
{
	spin_lock(&l);
	annotated_helper();
	spin_unlock(&l);
}

/*
 * check-name: might_sleep() is seen whatever the configuration
 * check-description: klint-sparse pins the macro to a call, so an empty
 *	expansion still marks the function as one that may sleep
 *
 * check-error-start
lattice/might-sleep.c:14:9: warning: might_sleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lattice/might-sleep.c:13:9: note: spin_lock() acquires a spinlock here
lattice/might-sleep.c:21:9: warning: annotated_helper() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lattice/might-sleep.c:20:9: note: spin_lock() acquires a spinlock here
lattice/might-sleep.c:8:9: note: annotated_helper() calls might_sleep(), which may sleep
 * check-error-end
 */
