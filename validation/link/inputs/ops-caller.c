#include "../../include/kapi.h"

#include "net-ops.h"

extern struct net_ops platform_ops;

static spinlock_t lock;

/* Calls through the table ops-platform.c, in its directory, fills, as reboot.c. */
void platform_shutdown(void)
{
	spin_lock(&lock);
	platform_ops.stats();
	spin_unlock(&lock);
}
