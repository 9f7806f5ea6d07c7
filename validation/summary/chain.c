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
summary/chain.c:23:9: warning: level1() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
summary/chain.c:22:9: note: spin_lock() acquires a spinlock here
summary/chain.c:17:9: note: level1() calls level2()
summary/chain.c:12:9: note: level2() calls level3()
summary/chain.c:7:9: note: level3() calls msleep(), which may sleep
summary/chain.c:47:9: warning: level1() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
summary/chain.c:46:9: note: after grab_twice() returns here, a spinlock is held
summary/chain.c:41:9: note: after grab() returns here, a spinlock is held
summary/chain.c:36:9: note: spin_lock() acquires a spinlock here
summary/chain.c:17:9: note: level1() calls level2()
summary/chain.c:12:9: note: level2() calls level3()
summary/chain.c:7:9: note: level3() calls msleep(), which may sleep
 * check-error-end
 */
