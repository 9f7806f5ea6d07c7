/*
 * check-name: a field call is not narrowed to what another file of its directory stores
 * check-description: ops-caller.c calls through a table whose defaults
 *	ops-platform.c, in the same directory, fills; this file, a driver
 *	elsewhere, replaces them with a function that sleeps, which the
 *	call reaches.
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/ops-platform.c link/inputs/ops-caller.c
 *
 * check-error-start
link/inputs/ops-caller.c:13:21: warning: net_ops->stats() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/inputs/ops-caller.c:12:9: note: spin_lock() acquires a spinlock here
link/ops-defaults.c:32:28: note: net_ops.stats may be driver_stats(), stored here
link/ops-defaults.c:26:9: note: driver_stats() calls mutex_lock(), which may sleep
 * check-error-end
 */
#include "../include/kapi.h"

#include "inputs/net-ops.h"

extern struct net_ops platform_ops;

static struct mutex m;

static void driver_stats(void)
{
	mutex_lock(&m);
	mutex_unlock(&m);
}

void driver_init(void)
{
	platform_ops.stats = driver_stats;
}
