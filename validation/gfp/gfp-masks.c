#include "../include/kapi.h"

static spinlock_t l;
static void *buf;

void kernel_under_lock(void)
{
	spin_lock(&l);
	buf = kmalloc(64, GFP_KERNEL);
	spin_unlock(&l);
}

void atomic_under_lock(void)
{
	spin_lock(&l);
	buf = kmalloc(64, GFP_ATOMIC);
	buf = kzalloc(64, GFP_NOWAIT);
	spin_unlock(&l);
}

void zeroed_under_rcu(void)
{
	rcu_read_lock();
	buf = kzalloc(64, GFP_KERNEL);
	rcu_read_unlock();
}

/* Not in any table: its gfp_t argument is enough. */
void *unknown_alloc(int n, gfp_t gfp);

void unknown_callee(void)
{
	spin_lock(&l);
	buf = unknown_alloc(1, GFP_KERNEL);
	buf = unknown_alloc(2, GFP_ATOMIC);
	spin_unlock(&l);
}

/*
 * check-name: gfp masks decide whether an allocation sleeps
 *
 * check-error-start
gfp/gfp-masks.c:9:15: warning: kmalloc(GFP_KERNEL) may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
gfp/gfp-masks.c:8:9: note: spin_lock() acquires a spinlock here
gfp/gfp-masks.c:24:15: warning: kzalloc(GFP_KERNEL) may sleep while inside an RCU read-side critical section (preempt count 0x1) [-Watomic-sleep]
gfp/gfp-masks.c:23:9: note: rcu_read_lock() enters an RCU read-side critical section here
gfp/gfp-masks.c:34:15: warning: unknown_alloc(GFP_KERNEL) may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
gfp/gfp-masks.c:33:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
