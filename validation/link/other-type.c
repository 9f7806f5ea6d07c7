/*
 * check-name: two drivers' struct types of the same name are not mixed up
 * check-description: this file's struct net_ops is its own type, not the
 *	one of inputs/net-ops.h that inputs/ops-impl.c fills: silent.
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/ops-impl.c
 */
#include "../include/kapi.h"

struct net_ops {
	void (*xmit)(int len);
	void (*stats)(void);
};

static spinlock_t lock;

void other_stats_locked(const struct net_ops *ops)
{
	spin_lock(&lock);
	ops->stats();
	spin_unlock(&lock);
}
