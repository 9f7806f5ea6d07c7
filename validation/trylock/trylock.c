#include "../include/kapi.h"

static spinlock_t l;
static int count;

void sleeps_when_taken(void)
{
	if (!spin_trylock(&l))
		return;
	msleep(1);
	spin_unlock(&l);
}

void sleeps_when_not_taken(void)
{
	while (!spin_trylock(&l))
		msleep(1);
	count++;
	spin_unlock(&l);
}

void positive_test(void)
{
	if (spin_trylock(&l)) {
		count++;
		spin_unlock(&l);
	} else {
		msleep(1);
	}
}

void kept_in_variable(void)
{
	int got = spin_trylock(&l);

	if (got) {
		msleep(1);
		spin_unlock(&l);
	}
}

/*
 * check-name: trylock holds the lock on success only
 *
 * check-error-start
trylock/trylock.c:10:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
trylock/trylock.c:8:14: note: spin_trylock() acquires a spinlock here
trylock/trylock.c:37:17: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
trylock/trylock.c:34:19: note: spin_trylock() acquires a spinlock here
 * check-error-end
 */
