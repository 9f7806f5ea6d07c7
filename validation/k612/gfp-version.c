#include "alloc-6.12.h"

#define __GFP_DIRECT_RECLAIM	((gfp_t)0x400u)

static spinlock_t l;
static void *buf;

/* 6.12's GFP_NOWAIT has __GFP_NOWARN: named so only for a 6.12 tree */
void nowait_reclaim_under_lock(void)
{
	spin_lock(&l);
	buf = kmalloc(64, GFP_NOWAIT | __GFP_DIRECT_RECLAIM);
	spin_unlock(&l);
}

/*
 * check-name: the gfp names follow the tree's linux/version.h
 * check-command: klint-sparse -Ik612/inputs/v612 $file && klint-sparse $file
 *
 * check-error-start
k612/gfp-version.c:12:15: warning: kmalloc(GFP_NOWAIT|__GFP_DIRECT_RECLAIM) may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
k612/gfp-version.c:11:9: note: spin_lock() acquires a spinlock here
k612/gfp-version.c:12:15: warning: kmalloc(GFP_NOIO|__GFP_NOWARN) may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
k612/gfp-version.c:11:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
