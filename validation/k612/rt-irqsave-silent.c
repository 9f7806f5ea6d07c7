#include "../include/kapi.h"

struct dev {
	int id;
	spinlock_t lock;
	spinlock_t other;
};

static spinlock_t global_lock;

/* On PREEMPT_RT a spinlock_t is a sleeping lock: sleeping under it is fine */
void sleeps_under_spinlock(struct dev *d)
{
	unsigned long f;

	spin_lock_irqsave(&d->lock, f);
	msleep(1);
	spin_unlock_irqrestore(&d->lock, f);
}

void nested_spinlocks(struct dev *d)
{
	unsigned long f, g;

	spin_lock_irqsave(&global_lock, f);
	spin_lock_irqsave(&d->other, g);
	msleep(1);
	spin_unlock_irqrestore(&d->other, g);
	spin_unlock_irqrestore(&global_lock, f);
}

/*
 * check-name: PREEMPT_RT: sleeping under spin_lock_irqsave() of a spinlock_t is silent, and balanced
 * check-command: klint-sparse --preempt-rt -Wunbalanced-return $file
 *
 * check-error-start
 * check-error-end
 */
