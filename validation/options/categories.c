#include "../include/kapi.h"

static spinlock_t l;

void sleeps(void)
{
	spin_lock(&l);
	msleep(1);
	spin_unlock(&l);
}

static int ready;

void unbalanced(void)
{
	if (ready)
		spin_lock(&l);
}

/*
 * check-name: -Wno- switches a category off
 * check-command: klint-sparse -Wunbalanced-return -Wno-atomic-sleep $file
 *
 * check-error-start
options/categories.c:14:6: warning: unbalanced() returns in different states on different paths: a spinlock is held on some only (preempt depth 0..1 at return) [-Wunbalanced-return]
options/categories.c:17:17: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
