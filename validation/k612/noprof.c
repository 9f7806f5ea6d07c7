#include "alloc-6.12.h"

static spinlock_t l;
static void *buf;

void kmalloc_under_lock(void)
{
	spin_lock(&l);
	buf = kmalloc6(64, GFP_KERNEL);
	spin_unlock(&l);
}

void kzalloc_variable_size_under_lock(unsigned long n)
{
	spin_lock(&l);
	buf = kzalloc6(n, GFP_KERNEL);
	spin_unlock(&l);
}

void kvmalloc_bucketed_under_lock(void)
{
	spin_lock(&l);
	buf = kvmalloc6(64, GFP_KERNEL);
	spin_unlock(&l);
}

void kvrealloc_under_lock(void)
{
	spin_lock(&l);
	buf = kvrealloc6(buf, 128, GFP_KERNEL);
	spin_unlock(&l);
}

void vmalloc_family_under_lock(void)
{
	spin_lock(&l);
	buf = vmalloc6(4096);
	buf = vzalloc6(4096);
	buf = vmalloc_user6(4096);
	spin_unlock(&l);
}

void percpu_under_lock(void)
{
	spin_lock(&l);
	buf = alloc_percpu_gfp6(int, GFP_KERNEL);
	spin_unlock(&l);
}

/*
 * check-name: 6.12 allocators (*_noprof) under a lock, named as written
 * check-command: klint-sparse --kernel-version=6.12 $file
 *
 * check-error-start
k612/noprof.c:9:15: warning: kmalloc(GFP_KERNEL) may sleep while a spinlock is held (preempt count 1) [-Watomic-sleep]
k612/noprof.c:8:9: note: spin_lock() acquires a spinlock here
k612/noprof.c:16:15: warning: kzalloc(GFP_KERNEL) may sleep while a spinlock is held (preempt count 1) [-Watomic-sleep]
k612/noprof.c:15:9: note: spin_lock() acquires a spinlock here
k612/noprof.c:23:15: warning: kvmalloc(GFP_KERNEL) may sleep while a spinlock is held (preempt count 1) [-Watomic-sleep]
k612/noprof.c:22:9: note: spin_lock() acquires a spinlock here
k612/noprof.c:30:15: warning: kvrealloc(GFP_KERNEL) may sleep while a spinlock is held (preempt count 1) [-Watomic-sleep]
k612/noprof.c:29:9: note: spin_lock() acquires a spinlock here
k612/noprof.c:37:15: warning: vmalloc() may sleep while a spinlock is held (preempt count 1) [-Watomic-sleep]
k612/noprof.c:36:9: note: spin_lock() acquires a spinlock here
k612/noprof.c:38:15: warning: vzalloc() may sleep while a spinlock is held (preempt count 1) [-Watomic-sleep]
k612/noprof.c:36:9: note: spin_lock() acquires a spinlock here
k612/noprof.c:39:15: warning: vmalloc_user() may sleep while a spinlock is held (preempt count 1) [-Watomic-sleep]
k612/noprof.c:36:9: note: spin_lock() acquires a spinlock here
k612/noprof.c:46:15: warning: alloc_percpu(GFP_KERNEL) may sleep while a spinlock is held (preempt count 1) [-Watomic-sleep]
k612/noprof.c:45:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
