/*
 * check-name: a helper in another file leaves interrupts on or off
 * check-description: a summary's absolute "interrupts on/off" is written
 *	to the summary file ("=0", "=1") and applied as a set by the link
 *	step: a sleep after a helper that enables is silent, one after a
 *	helper that disables, under a lock, is reported
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/irq-helpers.c
 *
 * check-error-start
link/irq-flag.c:32:9: warning: msleep() may sleep while interrupts are disabled [-Watomic-sleep]
link/irq-flag.c:31:9: note: after irq_helper_disable() returns here, interrupts are disabled
link/inputs/irq-helpers.c:10:9: note: local_irq_disable() disables interrupts here
 * check-error-end
 */
#include "../include/kapi.h"

void irq_helper_enable(void);
void irq_helper_disable(void);

/* Off twice, the helper turns them on: silent. */
void off_twice_then_helper_on(void)
{
	irq_helper_disable();
	irq_helper_disable();
	irq_helper_enable();
	msleep(1);
}

void helper_off_then_sleep(void)
{
	irq_helper_disable();
	msleep(1);
	local_irq_enable();
}
