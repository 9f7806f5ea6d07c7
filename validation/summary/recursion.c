#include "../include/kapi.h"

static spinlock_t l;

static void odd(int n);

static void even(int n)
{
	if (n == 0) {
		msleep(1);
		return;
	}
	odd(n - 1);
}

static void odd(int n)
{
	if (n)
		even(n - 1);
}

void calls_cycle_locked(void)
{
	spin_lock(&l);
	even(4);
	spin_unlock(&l);
}

static int depth(int n)
{
	if (n <= 0)
		return 0;
	return depth(n - 1) + 1;
}

void calls_pure_recursion_locked(void)
{
	spin_lock(&l);
	depth(3);
	spin_unlock(&l);
}

/* Takes the lock once per level and releases it all at the end. */
static void lock_deeper(int n)
{
	if (n) {
		spin_lock(&l);
		lock_deeper(n - 1);
		spin_unlock(&l);
	}
}

void unbounded_but_balanced(void)
{
	lock_deeper(3);
	msleep(1);
}

/*
 * check-name: recursion reaches a fixed point
 *
 * check-error-start
summary/recursion.c:25:9: warning: even() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
summary/recursion.c:24:9: note: spin_lock() acquires a spinlock here
summary/recursion.c:13:9: note: even() calls odd() (recursion)
summary/recursion.c:19:17: note: odd() calls even()
summary/recursion.c:10:17: note: even() calls msleep(), which may sleep
 * check-error-end
 */
