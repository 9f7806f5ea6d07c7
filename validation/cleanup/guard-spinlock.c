#include "../include/cleanup.h"

static spinlock_t lock;

struct dev {
	spinlock_t lock;
	raw_spinlock_t raw;
};

void sleep_in_guard(void)
{
	guard(spinlock)(&lock);
	msleep(1);
}

void sleep_after_guard_block(int x)
{
	{
		guard(spinlock)(&lock);
		x++;
	}
	msleep(x);
}

void sleep_in_raw_irqsave_guard(struct dev *d)
{
	guard(raw_spinlock_irqsave)(&d->raw);
	msleep(1);
}

void sleep_after_raw_irqsave_block(struct dev *d, int x)
{
	{
		guard(raw_spinlock_irqsave)(&d->raw);
		if (x)
			return;
	}
	msleep(x);
}

static int locked_lookup(struct dev *d, int x)
{
	guard(spinlock_irqsave)(&d->lock);
	if (x > 3)
		return x;
	return 0;
}

void sleep_after_guarded_helper(struct dev *d)
{
	msleep(locked_lookup(d, 4));
}

/*
 * check-name: guard(spinlock), guard(raw_spinlock_irqsave)
 * check-description: a sleep inside a guard's scope is reported, one after
 *	its block, or after a function whose guard is released at each
 *	return, is not: the destructor's "if (_T->lock)" holds for a lock
 *	the constructor took, a global's or one reached through a pointer
 *
 * check-error-start
cleanup/guard-spinlock.c:13:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
cleanup/guard-spinlock.c:12:9: note: spin_lock() acquires a spinlock here, in inlined class_spinlock_constructor()
cleanup/guard-spinlock.c:28:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
cleanup/guard-spinlock.c:27:9: note: _raw_spin_lock_irqsave() acquires a spinlock here, in inlined class_raw_spinlock_irqsave_constructor()
 * check-error-end
 */
