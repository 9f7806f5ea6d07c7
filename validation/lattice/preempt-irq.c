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
lattice/preempt-irq.c:6:9: warning: msleep() may sleep while preemption is disabled (preempt count 0x1) [-Watomic-sleep]
lattice/preempt-irq.c:5:9: note: preempt_disable() disables preemption here
lattice/preempt-irq.c:15:9: warning: schedule() may sleep while interrupts are disabled [-Watomic-sleep]
lattice/preempt-irq.c:14:9: note: local_irq_save() disables interrupts here
lattice/preempt-irq.c:22:9: warning: msleep() may sleep while bottom halves are disabled (preempt count 0x200) [-Watomic-sleep]
lattice/preempt-irq.c:21:9: note: local_bh_disable() disables bottom halves here
lattice/preempt-irq.c:29:9: warning: synchronize_rcu() may sleep while inside an RCU read-side critical section (preempt count 0x1) [-Watomic-sleep]
lattice/preempt-irq.c:28:9: note: rcu_read_lock() enters an RCU read-side critical section here
lattice/preempt-irq.c:38:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lattice/preempt-irq.c:37:9: note: spin_lock_irqsave() acquires a spinlock here
 * check-error-end
 */
