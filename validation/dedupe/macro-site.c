/*
 * check-name: a macro that makes two sleeping calls at one line is one warning
 * check-description: as readl_poll_timeout() expands to might_sleep() and
 *	usleep_range(): the first sleeping call found at the line is named.
 *	Two lines of the same function are two warnings.
 *
 * check-error-start
dedupe/macro-site.c:26:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
dedupe/macro-site.c:25:9: note: spin_lock() acquires a spinlock here
dedupe/macro-site.c:34:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
dedupe/macro-site.c:33:9: note: spin_lock() acquires a spinlock here
dedupe/macro-site.c:35:9: warning: mutex_lock() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
dedupe/macro-site.c:33:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
#include "../include/kapi.h"

static spinlock_t lock;
static struct mutex m;

#define poll_wait_sleeping()	do { msleep(1); mutex_lock(&m); mutex_unlock(&m); } while (0)

void polls_locked(void)
{
	spin_lock(&lock);
	poll_wait_sleeping();
	spin_unlock(&lock);
}

/* Two calls on two lines: two sites, two warnings. */
void two_lines(void)
{
	spin_lock(&lock);
	msleep(1);
	mutex_lock(&m);
	mutex_unlock(&m);
	spin_unlock(&lock);
}
