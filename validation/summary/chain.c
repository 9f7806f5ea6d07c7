#include "../include/kapi.h"

static spinlock_t l;

static void level3(void)
{
	msleep(1);
}

static void level2(void)
{
	level3();
}

static void level1(void)
{
	level2();
}

void deep(void)
{
	spin_lock(&l);
	level1();
	spin_unlock(&l);
}

void caller_of_deep(void)
{
	spin_lock(&l);
	deep();
	spin_unlock(&l);
}

static void grab(void)
{
	spin_lock(&l);
}

static void grab_twice(void)
{
	grab();
}

void sleeps_after_grab(void)
{
	grab_twice();
	level1();
	spin_unlock(&l);
}

void helper_sleeps_alone(void)
{
	level1();
}

/*
 * check-name: chains name every step
 * check-description: one warning, in the function holding the lock, with
 *	notes down to msleep(); callers further up are not warned again, and
 *	a helper that sleeps is not itself wrong
 *
 * check-error-start
 * check-error-end
 */
