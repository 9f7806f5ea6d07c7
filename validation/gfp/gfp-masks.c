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
 * check-error-end
 */
