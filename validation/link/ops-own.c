/*
 * check-name: a call through a field from code that stores its own functions there reaches only those
 * check-description: this file stores own_stats(), which does not sleep,
 *	in net_ops.stats: its calls through the field are its own
 *	operations, not the other directory's driver's, and stay silent.
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/ops-impl.c
 */
#include "../include/kapi.h"

#include "inputs/net-ops.h"

static spinlock_t lock;

static void own_stats(void)
{
	udelay(1);
}

const struct net_ops own_ops = {
	.stats = own_stats,
};

void own_stats_locked(const struct net_ops *ops)
{
	spin_lock(&lock);
	ops->stats();
	spin_unlock(&lock);
}
