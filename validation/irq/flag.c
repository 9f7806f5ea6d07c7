#include "../include/kapi.h"

static spinlock_t l;

/* Twice off, once on: interrupts are on, as in the kernel. */
void double_disable(void)
{
	local_irq_disable();
	local_irq_disable();
	local_irq_enable();
	msleep(1);
}

void disable_enable_disable(void)
{
	local_irq_disable();
	local_irq_enable();
	local_irq_disable();
	msleep(1);
	local_irq_enable();
}

/* Enabled whatever the caller had: nothing for callers to avoid. */
void enables_then_sleeps(void)
{
	local_irq_enable();
	msleep(1);
}

void nested_save(void)
{
	unsigned long f, g;

	local_irq_save(f);
	local_irq_save(g);
	local_irq_restore(g);
	msleep(1);
	local_irq_restore(f);
	msleep(1);
}

/* A disable inside a save keeps the nesting the restore undoes. */
void disable_inside_save(void)
{
	unsigned long f;

	local_irq_disable();
	local_irq_save(f);
	local_irq_disable();
	local_irq_restore(f);
	msleep(1);
	local_irq_enable();
}

void irq_lock_then_enabled(void)
{
	local_irq_disable();
	spin_lock_irq(&l);
	spin_unlock_irq(&l);
	msleep(1);
}

void halts(void)
{
	local_irq_disable();
	safe_halt();
	msleep(1);
}

static void enable_helper(void)
{
	local_irq_enable();
}

static void disable_helper(void)
{
	local_irq_disable();
}

void helper_enables(void)
{
	local_irq_disable();
	enable_helper();
	msleep(1);
}

void helper_disables(void)
{
	local_irq_disable();
	disable_helper();
	local_irq_enable();
	disable_helper();
	msleep(1);
	local_irq_enable();
}

/*
 * check-name: interrupts-off is a flag, not a depth
 * check-description: local_irq_disable() and local_irq_enable() set the
 *	flag whatever it was, in the body and through a helper's summary;
 *	save and restore still nest; spin_unlock_irq() and safe_halt()
 *	enable
 *
 * check-error-start
irq/flag.c:19:9: warning: msleep() may sleep while interrupts are disabled [-Watomic-sleep]
irq/flag.c:18:9: note: local_irq_disable() disables interrupts here
irq/flag.c:37:9: warning: msleep() may sleep while interrupts are disabled [-Watomic-sleep]
irq/flag.c:34:9: note: local_irq_save() disables interrupts here
irq/flag.c:51:9: warning: msleep() may sleep while interrupts are disabled [-Watomic-sleep]
irq/flag.c:47:9: note: local_irq_disable() disables interrupts here
irq/flag.c:93:9: warning: msleep() may sleep while interrupts are disabled [-Watomic-sleep]
irq/flag.c:92:9: note: after disable_helper() returns here, interrupts are disabled
irq/flag.c:77:9: note: local_irq_disable() disables interrupts here
 * check-error-end
 */
