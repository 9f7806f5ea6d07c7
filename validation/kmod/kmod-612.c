// SPDX-License-Identifier: GPL-2.0
/*
 * Shapes that only a 6.10+ tree has: allocators that are macros around
 * *_noprof() functions, __free() destructors, conditional guards and BH
 * workqueues.  Each is followed by a silent twin, as in kmod-a.c.  Built
 * only where the tree has allocation profiling (see Kbuild).
 */
#include <linux/cleanup.h>
#include <linux/delay.h>
#include <linux/mutex.h>
#include <linux/rcupdate.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/vmalloc.h>
#include <linux/workqueue.h>
#include "kmod-612.h"

static DEFINE_SPINLOCK(kt612_lock);
static DEFINE_MUTEX(kt612_mutex);
static void *kt612_buf;

struct kt612_obj {
	int n;
};

/*
 * kmalloc() is a macro around kmalloc_noprof(), which calls
 * __kmalloc_cache_noprof() for a constant size: the report names what the
 * source wrote.
 */
void kt612_kmalloc_sleeps(void)
{
	spin_lock(&kt612_lock);
	kt612_buf = kmalloc(64, GFP_KERNEL);
	spin_unlock(&kt612_lock);
}

void kt612_kmalloc_atomic(void)
{
	spin_lock(&kt612_lock);
	kt612_buf = kmalloc(64, GFP_ATOMIC);
	spin_unlock(&kt612_lock);
}

/* GFP_NOWAIT is 0x2800 from 6.12 on, not 6.1's 0x800. */
void kt612_kzalloc_sleeps(size_t n)
{
	spin_lock(&kt612_lock);
	kt612_buf = kzalloc(n, GFP_KERNEL);
	spin_unlock(&kt612_lock);
}

void kt612_kzalloc_nowait(size_t n)
{
	spin_lock(&kt612_lock);
	kt612_buf = kzalloc(n, GFP_NOWAIT);
	spin_unlock(&kt612_lock);
}

void kt612_kcalloc_sleeps(size_t n)
{
	spin_lock(&kt612_lock);
	kt612_buf = kcalloc(n, 8, GFP_KERNEL);
	spin_unlock(&kt612_lock);
}

void kt612_kcalloc_atomic(size_t n)
{
	spin_lock(&kt612_lock);
	kt612_buf = kcalloc(n, 8, GFP_ATOMIC);
	spin_unlock(&kt612_lock);
}

/* vmalloc() takes no gfp mask: it always may sleep. */
void kt612_vmalloc_sleeps(void)
{
	spin_lock(&kt612_lock);
	kt612_buf = vmalloc(4096);
	spin_unlock(&kt612_lock);
}

void kt612_vmalloc_after(void)
{
	void *p = vmalloc(4096);

	spin_lock(&kt612_lock);
	kt612_buf = p;
	spin_unlock(&kt612_lock);
}

/* kvmalloc() passes a buckets pointer before the mask (6.11+). */
void kt612_kvmalloc_sleeps(void)
{
	spin_lock(&kt612_lock);
	kt612_buf = kvmalloc(64, GFP_KERNEL);
	spin_unlock(&kt612_lock);
}

void kt612_kvmalloc_atomic(void)
{
	spin_lock(&kt612_lock);
	kt612_buf = kvmalloc(64, GFP_ATOMIC);
	spin_unlock(&kt612_lock);
}

/*
 * A __free() destructor runs where its variable goes out of scope; this
 * one takes a mutex, so the scope must not end under a spinlock.
 */
static void kt612_obj_put(struct kt612_obj *o)
{
	if (!o)
		return;
	mutex_lock(&kt612_mutex);
	o->n--;
	mutex_unlock(&kt612_mutex);
}

DEFINE_FREE(kt612_put, struct kt612_obj *, kt612_obj_put(_T))

void kt612_free_sleeps(void)
{
	spin_lock(&kt612_lock);
	{
		struct kt612_obj *o __free(kt612_put) = kt612_buf;

		if (o)
			o->n++;
	}
	spin_unlock(&kt612_lock);
}

void kt612_free_after(void)
{
	struct kt612_obj *o __free(kt612_put) = kt612_buf;

	spin_lock(&kt612_lock);
	if (o)
		o->n++;
	spin_unlock(&kt612_lock);
}

/*
 * The kernel's own destructors: kvfree() may be vfree(), which sleeps
 * outside interrupts; kfree() never does.
 */
void kt612_kvfree_sleeps(void)
{
	spin_lock(&kt612_lock);
	{
		void *p __free(kvfree) = kt612_buf;

		kt612_buf = NULL;
	}
	spin_unlock(&kt612_lock);
}

void kt612_kfree_atomic(void)
{
	spin_lock(&kt612_lock);
	{
		void *p __free(kfree) = kt612_buf;

		kt612_buf = NULL;
	}
	spin_unlock(&kt612_lock);
}

/* The body runs only when the trylock succeeded: with the lock held. */
void kt612_try_sleeps(void)
{
	scoped_guard(spinlock_try, &kt612_lock)
		msleep(20);
}

/* What scoped_cond_guard() runs when the trylock failed holds nothing. */
void kt612_try_failed(void)
{
	scoped_cond_guard(spinlock_try, msleep(20), &kt612_lock)
		udelay(1);
}

/* A work item on a BH workqueue (6.9+) runs in softirq context. */
static void kt612_bh_fn(struct work_struct *w)
{
	msleep(20);
}

static DECLARE_WORK(kt612_bh_work, kt612_bh_fn);

void kt612_bh_queue(void)
{
	queue_work(system_bh_wq, &kt612_bh_work);
}

static void kt612_wq_fn(struct work_struct *w)
{
	msleep(20);
}

static DECLARE_WORK(kt612_wq_work, kt612_wq_fn);

void kt612_wq_queue(void)
{
	queue_work(system_wq, &kt612_wq_work);
}

/* A helper whose guard takes a mutex: calling it under a spinlock sleeps. */
static void kt612_locked_inc(struct kt612_obj *o)
{
	guard(mutex)(&kt612_mutex);
	o->n++;
}

void kt612_helper_sleeps(void)
{
	spin_lock(&kt612_lock);
	kt612_locked_inc(kt612_buf);
	spin_unlock(&kt612_lock);
}

void kt612_helper_after(void)
{
	spin_lock(&kt612_lock);
	udelay(1);
	spin_unlock(&kt612_lock);
	kt612_locked_inc(kt612_buf);
}

void kt612_rcu_sleeps(void)
{
	scoped_guard(rcu)
		msleep(20);
}

void kt612_rcu_after(void)
{
	scoped_guard(rcu)
		udelay(1);
	msleep(20);
}
