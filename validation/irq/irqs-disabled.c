#include "../include/kapi.h"

static spinlock_t l;

/* Sleeps only where it found interrupts on and the count zero. */
void careful(void)
{
	if (!in_atomic() && !irqs_disabled())
		msleep(1);
	else
		udelay(1);
}

void careful_under_lock(void)
{
	spin_lock_irq(&l);
	careful();
	spin_unlock_irq(&l);
}

void careful_irqs_off(void)
{
	local_irq_disable();
	careful();
	local_irq_enable();
}

/* Tests interrupts only: a held lock is still a bug. */
void irqs_only(void)
{
	if (!irqs_disabled())
		msleep(1);
}

void irqs_only_under_lock(void)
{
	spin_lock(&l);
	irqs_only();
	spin_unlock(&l);
}

void irqs_only_irqs_off(void)
{
	local_irq_disable();
	irqs_only();
	local_irq_enable();
}

/*
 * The branch where they are off sleeps: its caller turned them off, so
 * it is reported at a caller with them off, not here (a WARN_ON() of
 * irqs_disabled() followed by a sleep is the same paths, and no bug).
 */
void wrong_way_round(void)
{
	if (irqs_disabled())
		msleep(1);
}

void wrong_way_round_irqs_off(void)
{
	local_irq_disable();
	wrong_way_round();
	local_irq_enable();
}

void warn(void);

/* WARN_ON(irqs_disabled()) then a sleep, as in blk_execute_rq(): silent. */
void warn_then_sleep(void)
{
	if (irqs_disabled())
		warn();
	msleep(1);
}

/* Not pruned: they were turned on before the test. */
void warn_then_disable(void)
{
	if (!irqs_disabled())
		udelay(1);
	local_irq_disable();
	local_irq_enable();
	msleep(1);
}

/* local_irq_save() reads the flags too: not a test of them. */
void save_restore(void)
{
	unsigned long f;

	local_irq_save(f);
	msleep(1);
	local_irq_restore(f);
}

/* in_atomic() does not see interrupts: its callers with them off are told. */
void count_only(void)
{
	if (!in_atomic())
		msleep(1);
}

void count_only_irqs_off(void)
{
	local_irq_disable();
	count_only();
	local_irq_enable();
}

/*
 * check-name: irqs_disabled() is a fact
 * check-description: a branch on irqs_disabled() knows the interrupt
 *	flag: a sleep where it found them on is silent whatever the caller
 *	holds, and does not make the function one that may sleep for
 *	callers with interrupts off; where it found them off it is reported
 *
 * check-error-start
irq/irqs-disabled.c:38:9: warning: irqs_only() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
irq/irqs-disabled.c:37:9: note: spin_lock() acquires a spinlock here
irq/irqs-disabled.c:32:17: note: irqs_only() calls msleep(), which may sleep
irq/irqs-disabled.c:63:9: warning: wrong_way_round() may sleep while interrupts are disabled [-Watomic-sleep]
irq/irqs-disabled.c:62:9: note: local_irq_disable() disables interrupts here
irq/irqs-disabled.c:57:17: note: wrong_way_round() calls msleep(), which may sleep
irq/irqs-disabled.c:93:9: warning: msleep() may sleep while interrupts are disabled [-Watomic-sleep]
irq/irqs-disabled.c:92:9: note: local_irq_save() disables interrupts here
irq/irqs-disabled.c:107:9: warning: count_only() may sleep while interrupts are disabled [-Watomic-sleep]
irq/irqs-disabled.c:106:9: note: local_irq_disable() disables interrupts here
irq/irqs-disabled.c:101:17: note: count_only() calls msleep(), which may sleep
 * check-error-end
 */
