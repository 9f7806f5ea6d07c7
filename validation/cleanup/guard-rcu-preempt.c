#include "../include/cleanup.h"

void alloc_in_rcu_guard(void)
{
	guard(rcu)();
	kfree(kmalloc(8, GFP_KERNEL));
}

void atomic_alloc_in_rcu_guard(void)
{
	guard(rcu)();
	kfree(kmalloc(8, GFP_ATOMIC));
}

void schedule_in_preempt_guard(void)
{
	guard(preempt)();
	schedule();
}

void schedule_after_preempt_guard(int x)
{
	if (x) {
		guard(preempt)();
		udelay(x);
	}
	schedule();
}

void sleep_in_scoped_rcu(void)
{
	scoped_guard(rcu)
		msleep(1);
}

void sleep_after_scoped_rcu(int *p)
{
	int v = 0;

	scoped_guard(rcu)
		v = *p;
	msleep(v);
}

/*
 * check-name: guard(rcu), guard(preempt), scoped_guard(rcu)
 * check-description: GFP_KERNEL inside guard(rcu), schedule() inside
 *	guard(preempt) and a sleep in scoped_guard(rcu)'s body are reported;
 *	GFP_ATOMIC there and sleeps after the scopes are not
 *
 * check-error-start
cleanup/guard-rcu-preempt.c:6:15: warning: kmalloc(GFP_KERNEL) may sleep while inside an RCU read-side critical section (preempt count 0x1) [-Watomic-sleep]
cleanup/guard-rcu-preempt.c:5:9: note: rcu_read_lock() enters an RCU read-side critical section here, in inlined class_rcu_constructor()
cleanup/guard-rcu-preempt.c:18:9: warning: schedule() may sleep while preemption is disabled (preempt count 0x1) [-Watomic-sleep]
cleanup/guard-rcu-preempt.c:17:9: note: preempt_disable() disables preemption here, in inlined class_preempt_constructor()
cleanup/guard-rcu-preempt.c:33:17: warning: msleep() may sleep while inside an RCU read-side critical section (preempt count 0x1) [-Watomic-sleep]
cleanup/guard-rcu-preempt.c:32:9: note: rcu_read_lock() enters an RCU read-side critical section here, in inlined class_rcu_constructor()
 * check-error-end
 */
