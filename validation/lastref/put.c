#include "../include/refcount.h"

struct task_struct {
	refcount_t usage;
	atomic_t count;
	void *stack;
};

static spinlock_t lock;

/* The release sleeps: put_task_struct() sleeps on the last put only. */
static void __put_task_struct(struct task_struct *t)
{
	vfree(t->stack);
	kfree(t);
}

static void put_task_struct(struct task_struct *t)
{
	if (refcount_dec_and_test(&t->usage))
		__put_task_struct(t);
}

/* The same with atomic_t: the asm goto's label is where the count is zero. */
static void put_task_count(struct task_struct *t)
{
	if (atomic_dec_and_test(&t->count))
		__put_task_struct(t);
}

void put_under_lock(struct task_struct *t)
{
	spin_lock(&lock);
	put_task_struct(t);
	spin_unlock(&lock);
}

void put_count_under_lock(struct task_struct *t)
{
	spin_lock(&lock);
	put_task_count(t);
	spin_unlock(&lock);
}

/* The release written out under the lock: still a last reference's sleep. */
void test_inline_under_lock(struct task_struct *t)
{
	spin_lock(&lock);
	if (!refcount_dec_and_test(&t->usage)) {
		spin_unlock(&lock);
		return;
	}
	vfree(t->stack);
	spin_unlock(&lock);
}

/* Silent: the lock is dropped before the put. */
void put_after_unlock(struct task_struct *t)
{
	spin_lock(&lock);
	spin_unlock(&lock);
	put_task_struct(t);
}

/* Silent: the sleep is on the side where references remain, outside the lock. */
void sleep_when_not_last(struct task_struct *t)
{
	spin_lock(&lock);
	if (refcount_dec_and_test(&t->usage)) {
		spin_unlock(&lock);
		return;
	}
	spin_unlock(&lock);
	msleep(1);
}

/* Any sleep: the one after the test runs whether the count reached zero or not. */
void sleep_after_test(struct task_struct *t)
{
	spin_lock(&lock);
	if (refcount_dec_and_test(&t->usage))
		kfree(t);
	msleep(1);
	spin_unlock(&lock);
}

/* The lock is taken once the count reached zero: the sleep is anybody's bug. */
void lock_taken_after_test(struct task_struct *t)
{
	if (refcount_dec_and_test(&t->usage)) {
		spin_lock(&lock);
		msleep(1);
		spin_unlock(&lock);
	}
}

/*
 * check-name: a put whose release sleeps, under a spinlock
 *
 * check-error-start
lastref/put.c:34:9: warning: put_task_struct() may sleep if this drops the last reference while a spinlock is held (preempt count 0x1) [-Wlast-reference-sleep]
lastref/put.c:33:9: note: spin_lock() acquires a spinlock here
lastref/put.c:20:13: note: refcount_dec_and_test() drops the last reference here
lastref/put.c:21:17: note: put_task_struct() calls __put_task_struct()
lastref/put.c:14:9: note: __put_task_struct() calls vfree(), which may sleep
lastref/put.c:41:9: warning: put_task_count() may sleep if this drops the last reference while a spinlock is held (preempt count 0x1) [-Wlast-reference-sleep]
lastref/put.c:40:9: note: spin_lock() acquires a spinlock here
lastref/put.c:27:13: note: atomic_dec_and_test() drops the last reference here
lastref/put.c:28:17: note: put_task_count() calls __put_task_struct()
lastref/put.c:14:9: note: __put_task_struct() calls vfree(), which may sleep
lastref/put.c:53:9: warning: vfree() may sleep if this drops the last reference while a spinlock is held (preempt count 0x1) [-Wlast-reference-sleep]
lastref/put.c:48:9: note: spin_lock() acquires a spinlock here
lastref/put.c:49:14: note: refcount_dec_and_test() drops the last reference here
lastref/put.c:83:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lastref/put.c:80:9: note: spin_lock() acquires a spinlock here
lastref/put.c:92:17: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lastref/put.c:91:17: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
