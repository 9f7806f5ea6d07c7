#include "../include/kapi.h"

static spinlock_t l;

/* Sleeps in task context only. */
void task_only(void)
{
	if (in_interrupt())
		udelay(1);
	else
		msleep(1);
}

/* Bottom halves off count as in_interrupt(): the delay, not the sleep. */
void task_only_bh_off(void)
{
	local_bh_disable();
	task_only();
	local_bh_enable();
}

/* in_interrupt() says nothing of a held lock. */
void task_only_locked(void)
{
	spin_lock(&l);
	task_only();
	spin_unlock(&l);
}

/* Bottom halves off are still a task: in_task() does not prune. */
void if_task(void)
{
	if (in_task())
		msleep(1);
}

void if_task_bh_off(void)
{
	local_bh_disable();
	if_task();
	local_bh_enable();
}

/* Pruned: the sleeping branch needs a task and no count. */
void careful(void)
{
	if (!in_interrupt() && !in_atomic())
		msleep(1);
}

void careful_locked(void)
{
	spin_lock(&l);
	careful();
	spin_unlock(&l);
}

/*
 * check-name: in_interrupt(), in_softirq(), in_hardirq(), in_task() are facts
 * check-description: they read the softirq and hardirq parts of the
 *	preempt count: a branch that found them zero knows those parts at
 *	entry, not the preempt depth
 *
 * check-error-start
irq/in-interrupt.c:26:9: warning: task_only() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
irq/in-interrupt.c:25:9: note: spin_lock() acquires a spinlock here
irq/in-interrupt.c:11:17: note: task_only() calls msleep(), which may sleep
irq/in-interrupt.c:40:9: warning: if_task() may sleep while bottom halves are disabled (preempt count 0x200) [-Watomic-sleep]
irq/in-interrupt.c:39:9: note: local_bh_disable() disables bottom halves here
irq/in-interrupt.c:34:17: note: if_task() calls msleep(), which may sleep
 * check-error-end
 */
