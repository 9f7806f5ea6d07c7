#include "../include/kapi.h"

/*
 * skb_copy_ubufs() and pskb_expand_head(): each may call the other with
 * the caller's mask, one of them after adding a bit that does not decide
 * sleeping (__GFP_MEMALLOC).
 */
struct buf { int shared, zcopy, pfmemalloc; };
int expand(struct buf *b, gfp_t gfp);

static inline int unclone(struct buf *b, gfp_t pri)
{
	if ((unsigned int)pri & 0x400u)
		msleep(1);
	if (b->shared)
		return expand(b, pri);
	return 0;
}

int copy_ubufs(struct buf *b, gfp_t gfp)
{
	return unclone(b, gfp);
}

int expand(struct buf *b, gfp_t gfp)
{
	if (b->pfmemalloc)
		gfp = (gfp_t)((unsigned int)gfp | 0x20000u);
	if (b->zcopy)
		return copy_ubufs(b, gfp);
	return 0;
}

static spinlock_t l;

void expand_atomic(struct buf *b)
{
	spin_lock(&l);
	expand(b, GFP_ATOMIC);
	spin_unlock(&l);
}

void expand_kernel(struct buf *b)
{
	spin_lock(&l);
	expand(b, GFP_KERNEL);
	spin_unlock(&l);
}

/*
 * check-name: a gfp mask through a recursion that changes it
 * check-description: a call back into a function being specialized with
 *	other values is specialized too, so GFP_ATOMIC stays silent all the
 *	way round; GFP_KERNEL sleeps, and the loop is shown once
 *
 * check-error-start
gfp/recursion.c:46:9: warning: expand() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
gfp/recursion.c:45:9: note: spin_lock() acquires a spinlock here
gfp/recursion.c:30:24: note: expand() calls copy_ubufs()
gfp/recursion.c:22:16: note: copy_ubufs() calls msleep(), which may sleep
 * check-error-end
 */
