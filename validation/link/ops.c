/*
 * check-name: a call through a struct field reaches functions stored in another file
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/ops-impl.c
 *
 * check-error-start
link/ops.c:21:12: warning: net_ops->stats() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/ops.c:20:9: note: spin_lock() acquires a spinlock here
link/inputs/ops-impl.c:21:18: note: net_ops.stats may be impl_stats(), stored here
link/inputs/ops-impl.c:14:9: note: impl_stats() calls mutex_lock(), which may sleep
 * check-error-end
 */
#include "../include/kapi.h"

#include "inputs/net-ops.h"

static spinlock_t lock;

void core_stats_locked(const struct net_ops *ops)
{
	spin_lock(&lock);
	ops->stats();
	spin_unlock(&lock);
}

/* Silent: only impl_xmit(), which busy-waits, is ever stored in xmit. */
void core_xmit_locked(const struct net_ops *ops)
{
	spin_lock(&lock);
	ops->xmit(1);
	spin_unlock(&lock);
}
