#include "../include/kapi.h"

/*
 * wait_event_interruptible_locked() and _locked_irq() (include/linux/wait.h)
 * loop on do_wait_intr() / do_wait_intr_irq() with the wait queue's lock
 * held; those drop it around schedule() and retake it (kernel/sched/wait.c).
 */
struct wait_queue_head { spinlock_t lock; };
struct wait_queue_entry { int flags; };
int do_wait_intr(struct wait_queue_head *wq, struct wait_queue_entry *wait);
int do_wait_intr_irq(struct wait_queue_head *wq, struct wait_queue_entry *wait);

static struct wait_queue_head wq;
static int done;

int wait_locked(void)
{
	struct wait_queue_entry w = { 0 };
	int ret = 0;

	spin_lock(&wq.lock);
	while (!done && !ret)
		ret = do_wait_intr(&wq, &w);
	spin_unlock(&wq.lock);
	return ret;
}

int wait_locked_irq(void)
{
	struct wait_queue_entry w = { 0 };
	int ret = 0;

	spin_lock_irq(&wq.lock);
	while (!done && !ret)
		ret = do_wait_intr_irq(&wq, &w);
	spin_unlock_irq(&wq.lock);
	return ret;
}

/* The lock is held again when do_wait_intr() returns. */
int sleep_after_wait(void)
{
	struct wait_queue_entry w = { 0 };
	int ret;

	spin_lock(&wq.lock);
	ret = do_wait_intr(&wq, &w);
	msleep(1);
	spin_unlock(&wq.lock);
	return ret;
}

/*
 * check-name: do_wait_intr() is called with the wait queue's lock held
 * check-description: wait_event_interruptible_locked() holds wq->lock
 *	around do_wait_intr(), which drops it before schedule(); the call is
 *	not a sleep under the lock, but the lock is held again after it
 *
 * check-error-start
tables/wait-locked.c:48:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
tables/wait-locked.c:46:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
