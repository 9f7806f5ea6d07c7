/*
 * check-name: one function reaching one sleep from several sites is one warning
 * check-description: the same callee chain under the same kind of atomic
 *	context from three sites of one function is reported at the first,
 *	the others as "also called here" notes; another callee, another kind
 *	of context or another function each keep their own warning.
 *
 * check-error-start
dedupe/same-chain.c:44:9: warning: sleeper() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
dedupe/same-chain.c:43:9: note: spin_lock() acquires a spinlock here
dedupe/same-chain.c:32:9: note: sleeper() calls msleep(), which may sleep
dedupe/same-chain.c:46:17: note: also called here
dedupe/same-chain.c:50:9: note: also called here
dedupe/same-chain.c:45:9: warning: other_sleeper() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
dedupe/same-chain.c:43:9: note: spin_lock() acquires a spinlock here
dedupe/same-chain.c:37:9: note: other_sleeper() calls mutex_lock(), which may sleep
dedupe/same-chain.c:55:9: warning: sleeper() may sleep while inside an RCU read-side critical section (preempt count 0x1) [-Watomic-sleep]
dedupe/same-chain.c:54:9: note: rcu_read_lock() enters an RCU read-side critical section here
dedupe/same-chain.c:32:9: note: sleeper() calls msleep(), which may sleep
dedupe/same-chain.c:63:9: warning: sleeper() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
dedupe/same-chain.c:62:9: note: spin_lock() acquires a spinlock here
dedupe/same-chain.c:32:9: note: sleeper() calls msleep(), which may sleep
 * check-error-end
 */
#include "../include/kapi.h"

static spinlock_t lock;
static struct mutex m;

static void sleeper(void)
{
	msleep(1);
}

static void other_sleeper(void)
{
	mutex_lock(&m);
	mutex_unlock(&m);
}

void three_sites(int x)
{
	spin_lock(&lock);
	sleeper();
	other_sleeper();
	if (x)	sleeper();
	spin_unlock(&lock);

	spin_lock(&lock);
	sleeper();
	spin_unlock(&lock);

	/* Another kind of atomic context: its own warning. */
	rcu_read_lock();
	sleeper();
	rcu_read_unlock();
}

/* Another function: another place to fix, its own warning. */
void elsewhere(void)
{
	spin_lock(&lock);
	sleeper();
	spin_unlock(&lock);
}
