/*
 * check-name: a call through a field reaches the functions its own module stores there
 * check-description: module moda is this file and ops-impl2.c, which
 *	stores impl2_stats() in net_ops.stats; module modb's impl_stats()
 *	is not a candidate of moda's call.  Without the .mod files both
 *	are built in, in two files: both are candidates.
 * check-command: t=$(mktemp -d) && klint-sparse --summary=$t/a1.o.klint $file && klint-sparse --summary=$t/a2.o.klint link/inputs/ops-impl2.c && klint-sparse --summary=$t/b.o.klint link/inputs/ops-impl.c && touch $t/a1.o $t/a2.o $t/b.o && printf '%s\n' $t/a1.o $t/a2.o >$t/moda.mod && echo $t/b.o >$t/modb.mod && klint-link $t && echo "== without the .mod files" >&2 && rm $t/*.mod && klint-link $t; rc=$?; rm -rf $t; exit $rc
 *
 * check-error-start
link/ops-module.c:30:12: warning: net_ops->stats() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/ops-module.c:29:9: note: spin_lock() acquires a spinlock here
link/inputs/ops-impl2.c:12:18: note: net_ops.stats may be impl2_stats(), stored here
link/inputs/ops-impl2.c:8:9: note: impl2_stats() calls msleep(), which may sleep
== without the .mod files
link/ops-module.c:30:12: warning: net_ops->stats() may sleep while a spinlock is held (preempt count 0x1): 2 functions that may sleep are stored there: impl2_stats(), impl_stats() [-Watomic-sleep]
link/ops-module.c:29:9: note: spin_lock() acquires a spinlock here
link/inputs/ops-impl2.c:12:18: note: net_ops.stats may be impl2_stats(), stored here
link/inputs/ops-impl2.c:8:9: note: impl2_stats() calls msleep(), which may sleep
 * check-error-end
 */
#include "../include/kapi.h"

#include "inputs/net-ops.h"

static spinlock_t lock;

void mod_stats_locked(const struct net_ops *ops)
{
	spin_lock(&lock);
	ops->stats();
	spin_unlock(&lock);
}
