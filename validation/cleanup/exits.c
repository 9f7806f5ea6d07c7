#include "../include/cleanup.h"

static spinlock_t lock;

int sleeping_value(void);

int return_value_under_guard(void)
{
	guard(spinlock)(&lock);
	return sleeping_value();
}

int sleeping_value(void)
{
	msleep(1);
	return 1;
}

void sleep_after_goto(int n)
{
	int i;

	for (i = 0; i < n; i++) {
		guard(spinlock)(&lock);
		if (i == 2)
			goto out;
		if (i == 3)
			break;
		if (i == 4)
			continue;
		udelay(i);
	}
out:
	msleep(1);
}

void sleep_in_loop_after_guard(int n)
{
	while (n--) {
		scoped_guard(spinlock, &lock) {
			if (n == 7)
				break;
			if (n == 9)
				continue;
			udelay(n);
		}
		msleep(n);
	}
}

void sleep_before_goto(int n)
{
	guard(spinlock)(&lock);
	if (n)
		goto out;
	udelay(n);
out:
	msleep(n);
}

/*
 * check-name: a guard is released at each exit of its scope
 * check-description: the return value is computed before the guard is
 *	released; goto, break and continue out of a guard's scope release
 *	it, including break and continue inside scoped_guard(), which leave
 *	the scoped_guard() loop and not the while loop; a goto within the
 *	scope does not
 *
 * check-error-start
cleanup/exits.c:10:16: warning: sleeping_value() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
cleanup/exits.c:9:9: note: spin_lock() acquires a spinlock here, in inlined class_spinlock_constructor()
cleanup/exits.c:15:9: note: sleeping_value() calls msleep(), which may sleep
cleanup/exits.c:58:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
cleanup/exits.c:53:9: note: spin_lock() acquires a spinlock here, in inlined class_spinlock_constructor()
 * check-error-end
 */
