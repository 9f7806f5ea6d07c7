#include "../include/kapi.h"

static spinlock_t l;
static void *buf;

static void *get(size_t n, gfp_t flags)
{
	return kzalloc(n, flags);
}

static void *get_twice(size_t n, gfp_t flags)
{
	return get(n, flags);
}

void wrapper_kernel(void)
{
	spin_lock(&l);
	buf = get(8, GFP_KERNEL);
	spin_unlock(&l);
}

void wrapper_nowait(void)
{
	spin_lock(&l);
	buf = get(8, GFP_NOWAIT);
	buf = get_twice(8, GFP_ATOMIC);
	spin_unlock(&l);
}

void two_levels(void)
{
	spin_lock(&l);
	buf = get_twice(8, GFP_KERNEL);
	spin_unlock(&l);
}

/* The caller's mask decides; the lock is in the wrapper. */
static void *locked_get(gfp_t flags)
{
	void *p;

	spin_lock(&l);
	p = kmalloc(8, flags);
	spin_unlock(&l);
	return p;
}

void locked_get_atomic(void)
{
	buf = locked_get(GFP_ATOMIC);
}

void locked_get_kernel(void)
{
	buf = locked_get(GFP_KERNEL);
}

/*
 * check-name: gfp masks pass through wrappers
 * check-description: a helper that hands its gfp_t on sleeps only when
 *	its caller passes a sleeping mask
 *
 * check-error-start
gfp/wrappers.c:19:15: warning: get() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
gfp/wrappers.c:18:9: note: spin_lock() acquires a spinlock here
gfp/wrappers.c:8:16: note: get() calls kzalloc(GFP_KERNEL), which may sleep
gfp/wrappers.c:34:15: warning: get_twice() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
gfp/wrappers.c:33:9: note: spin_lock() acquires a spinlock here
gfp/wrappers.c:13:16: note: get_twice() calls get()
gfp/wrappers.c:8:16: note: get() calls kzalloc(GFP_KERNEL), which may sleep
gfp/wrappers.c:44:13: warning: kmalloc(GFP_KERNEL) may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
gfp/wrappers.c:43:9: note: spin_lock() acquires a spinlock here
gfp/wrappers.c:56:15: note: locked_get() is called here with the arguments that make it sleep
 * check-error-end
 */
