#include "../include/kapi.h"

#define __GFP_MEMALLOC	((gfp_t)0x20000u)

static spinlock_t l;
static void *buf;

int pfmemalloc(void *p);

#define __GFP_DIRECT_RECLAIM	((gfp_t)0x400u)

/* skb_copy_ubufs(): might_sleep_if(gfpflags_allow_blocking(gfp_mask)) */
static void *copy_ubufs(void *p, gfp_t gfp_mask)
{
	if (gfp_mask & __GFP_DIRECT_RECLAIM)
		msleep(1);
	return p;
}

/* pskb_expand_head(): the mask gains a bit on one path, then is passed on. */
static void *expand(void *p, gfp_t gfp_mask)
{
	if (pfmemalloc(p))
		gfp_mask |= __GFP_MEMALLOC;
	return copy_ubufs(p, gfp_mask);
}

void expand_atomic(void *p)
{
	spin_lock(&l);
	buf = expand(p, GFP_ATOMIC);
	spin_unlock(&l);
}

void expand_kernel(void *p)
{
	spin_lock(&l);
	buf = expand(p, GFP_KERNEL);
	spin_unlock(&l);
}

#define RPM_ASYNC	0x01
#define RPM_NOWAIT	0x02
#define RPM_AUTO	0x08

/* rpm_suspend(): sleeps unless asked to be asynchronous. */
static void suspend(int flags)
{
	if (!(flags & RPM_ASYNC))
		msleep(1);
}

void select_both_async(int x)
{
	spin_lock(&l);
	suspend(x ? (RPM_ASYNC | RPM_AUTO) : RPM_ASYNC);
	spin_unlock(&l);
}

void select_one_sync(int x)
{
	spin_lock(&l);
	suspend(x ? RPM_ASYNC : RPM_NOWAIT);
	spin_unlock(&l);
}

/* Five values are more than a call is specialized for: as if unknown. */
void too_many_values(int x)
{
	int flags;

	switch (x) {
	case 0:
		flags = RPM_ASYNC;
		break;
	case 1:
		flags = RPM_ASYNC | RPM_NOWAIT;
		break;
	case 2:
		flags = RPM_ASYNC | RPM_AUTO;
		break;
	case 3:
		flags = RPM_ASYNC | 0x10;
		break;
	default:
		flags = RPM_ASYNC | 0x20;
		break;
	}
	spin_lock(&l);
	suspend(flags);
	spin_unlock(&l);
}

/*
 * check-name: arguments that are one of a few constants
 * check-description: pskb_expand_head()'s mask is GFP_ATOMIC or
 *	GFP_ATOMIC | __GFP_MEMALLOC where it is passed on: neither may block.
 *	rpm_suspend(dev, x ? RPM_ASYNC | RPM_AUTO : RPM_ASYNC) is asynchronous
 *	either way.  Each value is asked for and the summaries joined, up to
 *	four values an argument.
 *
 * check-error-start
gfp/value-set.c:38:15: warning: expand() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
gfp/value-set.c:37:9: note: spin_lock() acquires a spinlock here
gfp/value-set.c:25:16: note: expand() calls copy_ubufs()
gfp/value-set.c:16:17: note: copy_ubufs() calls msleep(), which may sleep
gfp/value-set.c:63:9: warning: suspend() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
gfp/value-set.c:62:9: note: spin_lock() acquires a spinlock here
gfp/value-set.c:50:17: note: suspend() calls msleep(), which may sleep
gfp/value-set.c:90:9: warning: suspend() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
gfp/value-set.c:89:9: note: spin_lock() acquires a spinlock here
gfp/value-set.c:50:17: note: suspend() calls msleep(), which may sleep
 * check-error-end
 */
