#include "../../include/kapi.h"

static spinlock_t dev_lock;

/* Returns with the lock held, on every path: by design, not a bug here. */
void dev_lock_take(void)
{
	spin_lock(&dev_lock);
}

void dev_lock_give(void)
{
	spin_unlock(&dev_lock);
}

/* Takes the lock only when asked to: its callers cannot tell. */
void dev_lock_maybe(int take)
{
	if (take)
		spin_lock(&dev_lock);
}
