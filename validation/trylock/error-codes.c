#include "../include/kapi.h"

static spinlock_t l;

/* 0 with the lock held, -EBUSY without: the kernel's usual convention. */
static int grab_or_fail(void)
{
	if (!spin_trylock(&l))
		return -16;
	return 0;
}

void error_path_sleeps(void)
{
	int ret = grab_or_fail();

	if (ret < 0) {
		msleep(1);
		return;
	}
	spin_unlock(&l);
}

void success_path_sleeps(void)
{
	if (grab_or_fail() < 0)
		return;
	msleep(1);
	spin_unlock(&l);
}

/* kernel/workqueue.c's try_to_grab_pending(): 1 or 0 with interrupts off, -EAGAIN with them on. */
static int grab_pending(int *busy, unsigned long *flags)
{
	local_irq_save(*flags);
	if (*busy == 0)
		return 1;
	if (*busy == 1)
		return 0;
	local_irq_restore(*flags);
	return -11;
}

void retry_then_restore(int *busy)
{
	unsigned long flags;
	int ret;

	do {
		ret = grab_pending(busy, &flags);
	} while (ret < 0);
	local_irq_restore(flags);
	msleep(1);
}

void retry_then_sleep(int *busy)
{
	unsigned long flags;
	int ret;

	do {
		ret = grab_pending(busy, &flags);
	} while (ret == -11);
	msleep(1);
	local_irq_restore(flags);
}

/*
 * check-name: results by sign
 * check-description: functions that return a negative error with the lock
 *	released and zero or a positive value with it held; the caller's
 *	"ret < 0" or "ret == -EAGAIN" picks the case
 *
 * check-error-start
trylock/error-codes.c:28:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
trylock/error-codes.c:26:13: note: after grab_or_fail() returns here, a spinlock is held
trylock/error-codes.c:8:14: note: spin_trylock() acquires a spinlock here
trylock/error-codes.c:64:9: warning: msleep() may sleep while interrupts are disabled [-Watomic-sleep]
trylock/error-codes.c:62:23: note: after grab_pending() returns here, interrupts are disabled
trylock/error-codes.c:35:9: note: local_irq_save() disables interrupts here
 * check-error-end
 */
