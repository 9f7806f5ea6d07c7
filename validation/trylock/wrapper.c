#include "../include/kapi.h"

struct dev {
	spinlock_t lock;
	int busy;
};

/* Returns with the lock held exactly when it returns true. */
static bool dev_trylock(struct dev *d)
{
	if (!spin_trylock(&d->lock))
		return false;
	if (d->busy) {
		spin_unlock(&d->lock);
		return false;
	}
	return true;
}

void uses_wrapper_badly(struct dev *d)
{
	if (!dev_trylock(d))
		return;
	msleep(1);
	spin_unlock(&d->lock);
}

void uses_wrapper_well(struct dev *d)
{
	if (!dev_trylock(d)) {
		msleep(1);
		return;
	}
	spin_unlock(&d->lock);
}

static int dev_lock_direct(struct dev *d)
{
	return spin_trylock(&d->lock);
}

void direct_badly(struct dev *d)
{
	if (dev_lock_direct(d)) {
		msleep(1);
		spin_unlock(&d->lock);
	}
}

/*
 * check-name: wrappers that return holding a lock on success
 * check-description: the summary keeps the adjustment per return value,
 *	and no "unbalanced return" warning is given for them
 *
 * check-error-start
 * check-error-end
 */
