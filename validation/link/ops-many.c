/*
 * check-name: a call through a field reaching sleeping functions of several files is one warning
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/ops-impl.c link/inputs/ops-impl2.c
 *
 * check-error-start
link/ops-many.c:26:12: warning: net_ops->stats() may sleep while a spinlock is held (preempt count 0x1): 2 functions that may sleep are stored there: impl_stats(), impl2_stats() [-Watomic-sleep]
link/ops-many.c:25:9: note: spin_lock() acquires a spinlock here
link/inputs/ops-impl.c:21:18: note: net_ops.stats may be impl_stats(), stored here
link/inputs/ops-impl.c:14:9: note: impl_stats() calls mutex_lock(), which may sleep
link/ops-many.c:33:12: warning: net_ops->stats() may sleep while a spinlock is held (preempt count 0x1): 2 functions that may sleep are stored there: impl_stats(), impl2_stats() [-Watomic-sleep]
link/ops-many.c:32:9: note: spin_lock() acquires a spinlock here
link/inputs/ops-impl.c:21:18: note: net_ops.stats may be impl_stats(), stored here
link/inputs/ops-impl.c:14:9: note: impl_stats() calls mutex_lock(), which may sleep
link/ops-many.c:35:20: note: also called here
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

void core_stats_locked_twice(const struct net_ops *ops, int x)
{
	spin_lock(&lock);
	ops->stats();
	if (x)
		ops->stats();
	spin_unlock(&lock);
}
