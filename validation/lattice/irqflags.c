#include "../include/kapi.h"

void sleeps_irqs_off(void)
{
	unsigned long flags;

	local_irq_save_traced(flags);
	msleep(1);
	local_irq_restore_traced(flags);
}

void balanced(void)
{
	unsigned long flags;

	local_irq_save_traced(flags);
	udelay(1);
	local_irq_restore_traced(flags);
	msleep(1);
}

void balanced_plain(void)
{
	unsigned long flags;

	local_irq_save(flags);
	local_irq_restore(flags);
	msleep(1);
}

/*
 * check-name: local_irq_save() whose flags are tested
 * check-description: with CONFIG_TRACE_IRQFLAGS both macros test the saved
 *	flags and sparse folds the tests into one, so the restore is only on
 *	the path where interrupts were on; save and restore count by the
 *	flags' interrupt bit, and the reports match the plain forms
 *
 * check-error-start
lattice/irqflags.c:8:9: warning: msleep() may sleep while interrupts are disabled [-Watomic-sleep]
lattice/irqflags.c:7:9: note: local_irq_save_traced() disables interrupts here
 * check-error-end
 */
