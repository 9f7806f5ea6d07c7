#include "alloc-6.12.h"

static spinlock_t l;
static void *buf;

/* 6.12's GFP_ATOMIC and GFP_NOWAIT do not reclaim directly */
void atomic_masks_under_lock(unsigned long n)
{
	spin_lock(&l);
	buf = kmalloc(64, GFP_ATOMIC);
	buf = kzalloc(n, GFP_NOWAIT);
	buf = kcalloc(n, 8, GFP_ATOMIC);
	buf = kvmalloc(64, GFP_ATOMIC);
	buf = kvrealloc(buf, 128, GFP_NOWAIT);
	buf = alloc_percpu_gfp(int, GFP_ATOMIC);
	spin_unlock(&l);
}

/* Sleeping allocations are fine outside the lock. */
void sleeping_allocations_unlocked(unsigned long n)
{
	buf = kmalloc(64, GFP_KERNEL);
	buf = kzalloc(n, GFP_KERNEL);
	buf = kvmalloc(64, GFP_KERNEL);
	buf = vmalloc(4096);
	buf = vzalloc(n);
}

/*
 * check-name: 6.12 allocators (*_noprof) with atomic masks or no lock are silent
 * check-command: klint-sparse --kernel-version=6.12 $file
 *
 * check-error-start
 * check-error-end
 */
