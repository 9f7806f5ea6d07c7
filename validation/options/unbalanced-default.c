#include "../include/kapi.h"

static spinlock_t l;
static int ready;

/* Held on some paths only: reported under -Wunbalanced-return alone. */
void unbalanced(void)
{
	if (ready)
		spin_lock(&l);
}

/* The imbalance is clamped for callers as before: silent here too. */
void after_unbalanced(void)
{
	unbalanced();
	msleep(1);
}

void sleeps(void)
{
	spin_lock(&l);
	msleep(1);
	spin_unlock(&l);
}

/*
 * check-name: -Wunbalanced-return is off by default
 * check-description: return paths that disagree are sparse's context
 *	imbalance, not a sleep; without the option they are not printed,
 *	sleeping under a lock still is
 *
 * check-error-start
options/unbalanced-default.c:23:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
options/unbalanced-default.c:22:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
