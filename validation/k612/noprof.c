#include "alloc-6.12.h"

static spinlock_t l;
static void *buf;

void kmalloc_under_lock(void)
{
	spin_lock(&l);
	buf = kmalloc(64, GFP_KERNEL);
	spin_unlock(&l);
}

void kzalloc_variable_size_under_lock(unsigned long n)
{
	spin_lock(&l);
	buf = kzalloc(n, GFP_KERNEL);
	spin_unlock(&l);
}

/* a macro around a macro around kmalloc_array_noprof(): named as written */
void kcalloc_under_lock(unsigned long n)
{
	spin_lock(&l);
	buf = kcalloc(n, 8, GFP_KERNEL);
	spin_unlock(&l);
}

void kvmalloc_bucketed_under_lock(void)
{
	spin_lock(&l);
	buf = kvmalloc(64, GFP_KERNEL);
	spin_unlock(&l);
}

void kvrealloc_under_lock(void)
{
	spin_lock(&l);
	buf = kvrealloc(buf, 128, GFP_KERNEL);
	spin_unlock(&l);
}

void vmalloc_family_under_lock(void)
{
	spin_lock(&l);
	buf = vmalloc(4096);
	buf = vzalloc(4096);
	buf = vmalloc_user(4096);
	spin_unlock(&l);
}

void percpu_under_lock(void)
{
	spin_lock(&l);
	buf = alloc_percpu_gfp(int, GFP_KERNEL);
	spin_unlock(&l);
}

/*
 * check-name: 6.12 allocators (*_noprof) under a lock, named as written
 * check-command: klint-sparse --kernel-version=6.12 $file
 *
 * check-error-start
k612/noprof.c:9:15: warning: kmalloc(GFP_KERNEL) may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
k612/noprof.c:8:9: note: spin_lock() acquires a spinlock here
k612/noprof.c:16:15: warning: kzalloc(GFP_KERNEL) may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
k612/noprof.c:15:9: note: spin_lock() acquires a spinlock here
k612/noprof.c:24:15: warning: kcalloc(GFP_KERNEL|__GFP_ZERO) may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
k612/noprof.c:23:9: note: spin_lock() acquires a spinlock here
k612/noprof.c:31:15: warning: kvmalloc(GFP_KERNEL) may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
k612/noprof.c:30:9: note: spin_lock() acquires a spinlock here
k612/noprof.c:38:15: warning: kvrealloc(GFP_KERNEL) may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
k612/noprof.c:37:9: note: spin_lock() acquires a spinlock here
k612/noprof.c:45:15: warning: vmalloc() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
k612/noprof.c:44:9: note: spin_lock() acquires a spinlock here
k612/noprof.c:46:15: warning: vzalloc() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
k612/noprof.c:44:9: note: spin_lock() acquires a spinlock here
k612/noprof.c:47:15: warning: vmalloc_user() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
k612/noprof.c:44:9: note: spin_lock() acquires a spinlock here
k612/noprof.c:54:15: warning: alloc_percpu_gfp(GFP_KERNEL) may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
k612/noprof.c:53:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
