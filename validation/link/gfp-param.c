/*
 * check-name: a function in another file that sleeps only for a blocking gfp mask
 * check-description: the summary file keeps audit_begin()'s expectation for
 *	a mask that cannot block; a GFP_ATOMIC caller under a lock is fine, a
 *	GFP_KERNEL one is not, and audit_locked() sleeps either way.
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/audit.c && echo "== through a database" >&2 && t=$(mktemp -d) && klint-sparse --summary=$t/a.o.klint link/inputs/audit.c && klint-link -o $t/db $t && klint-sparse --db=$t/db $file; rc=$?; rm -rf $t; exit $rc
 *
 * check-error-start
link/gfp-param.c:41:9: warning: audit_begin(GFP_KERNEL) may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/gfp-param.c:40:9: note: spin_lock() acquires a spinlock here
link/gfp-param.c:56:9: warning: audit_locked() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/gfp-param.c:55:9: note: spin_lock() acquires a spinlock here
link/inputs/audit.c:17:9: note: audit_locked() calls mutex_lock(), which may sleep
== through a database
link/gfp-param.c:41:9: warning: audit_begin() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/gfp-param.c:40:9: note: spin_lock() acquires a spinlock here
link/inputs/audit.c:10:17: note: audit_begin() calls msleep(), which may sleep
link/gfp-param.c:56:9: warning: audit_locked() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/gfp-param.c:55:9: note: spin_lock() acquires a spinlock here
link/inputs/audit.c:17:9: note: audit_locked() calls mutex_lock(), which may sleep
 * check-error-end
 */
#include "../include/kapi.h"

int audit_begin(gfp_t gfp, int type);
int audit_locked(gfp_t gfp, int type);

static spinlock_t lock;
static gfp_t chosen;

void atomic_audit(void)
{
	spin_lock(&lock);
	audit_begin(GFP_ATOMIC, 1);
	spin_unlock(&lock);
}

void kernel_audit(void)
{
	spin_lock(&lock);
	audit_begin(GFP_KERNEL, 1);
	spin_unlock(&lock);
}

/* A mask not known here: not guessed. */
void unknown_audit(void)
{
	spin_lock(&lock);
	audit_begin(chosen, 1);
	spin_unlock(&lock);
}

void atomic_but_locks(void)
{
	spin_lock(&lock);
	audit_locked(GFP_ATOMIC, 1);
	spin_unlock(&lock);
}
