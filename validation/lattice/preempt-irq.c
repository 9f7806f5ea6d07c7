#include "../include/kapi.h"

void sleeps_preempt_off(void)
{
	preempt_disable();
	msleep(1);
	preempt_enable();
}

void sleeps_irqs_off(void)
{
	unsigned long flags;

	local_irq_save(flags);
	schedule();
	local_irq_restore(flags);
}

void sleeps_bh_off(void)
{
	local_bh_disable();
	msleep(1);
	local_bh_enable();
}

void sleeps_in_rcu(void)
{
	rcu_read_lock();
	synchronize_rcu();
	rcu_read_unlock();
}

void irqsave_lock(spinlock_t *l)
{
	unsigned long flags;

	spin_lock_irqsave(l, flags);
	msleep(1);
	spin_unlock_irqrestore(l, flags);
}

void balanced(spinlock_t *l)
{
	unsigned long flags;

	preempt_disable();
	preempt_enable();
	local_irq_save(flags);
	local_irq_restore(flags);
	spin_lock_bh(l);
	spin_unlock_bh(l);
	msleep(1);
}

/*
 * check-name: each kind of atomic context
 * check-description: preempt_disable and local_irq_save are inline asm
 *	in the IR; RCU, bottom halves and irqsave locks are calls
 *
 * check-error-start
 * check-error-end
 */
