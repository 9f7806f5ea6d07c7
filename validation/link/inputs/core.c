#include "../../include/kapi.h"

static struct mutex core_mutex;

/* The "core kernel": its database is what modules are checked against. */
void core_configure(void)
{
	mutex_lock(&core_mutex);
	mutex_unlock(&core_mutex);
}

void core_kick(void)
{
	udelay(1);
}

static spinlock_t core_lock;

void core_lock_irq(void)
{
	spin_lock_irq(&core_lock);
}
