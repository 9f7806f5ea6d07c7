/*
 * check-name: a put whose release sleeps, in other files, under a spinlock
 * check-command: sh link/link.sh klint-sparse klint-link $file lastref/inputs/task.c lastref/inputs/stack.c
 *
 * check-error-start
lastref/link.c:33:9: warning: put_task_struct() may sleep if this drops the last reference while a spinlock is held (preempt count 0x1) [-Wlast-reference-sleep]
lastref/link.c:32:9: note: spin_lock() acquires a spinlock here
lastref/inputs/task.c:18:13: note: refcount_dec_and_test() drops the last reference here
lastref/inputs/task.c:19:17: note: put_task_struct() calls __put_task_struct()
lastref/inputs/task.c:13:9: note: __put_task_struct() calls vfree(), which may sleep
lastref/link.c:40:9: warning: put_task_stack() may sleep if this drops the last reference while a spinlock is held (preempt count 0x1) [-Wlast-reference-sleep]
lastref/link.c:39:9: note: spin_lock() acquires a spinlock here
lastref/inputs/task.c:25:13: note: refcount_dec_and_test() drops the last reference here
lastref/inputs/task.c:26:17: note: put_task_stack() calls free_task_stack()
lastref/inputs/stack.c:10:9: note: free_task_stack() calls vfree(), which may sleep
lastref/link.c:48:9: warning: free_task_stack() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lastref/link.c:47:9: note: spin_lock() acquires a spinlock here
lastref/inputs/stack.c:10:9: note: free_task_stack() calls vfree(), which may sleep
 * check-error-end
 */
#include "../include/refcount.h"

struct task_struct;
void put_task_struct(struct task_struct *t);
void put_task_stack(struct task_struct *t);
void free_task_stack(struct task_struct *t);

static spinlock_t lock;

void put_locked(struct task_struct *t)
{
	spin_lock(&lock);
	put_task_struct(t);
	spin_unlock(&lock);
}

void put_stack_locked(struct task_struct *t)
{
	spin_lock(&lock);
	put_task_stack(t);
	spin_unlock(&lock);
}

/* Not a put: the release called directly sleeps on every call. */
void free_stack_locked(struct task_struct *t)
{
	spin_lock(&lock);
	free_task_stack(t);
	spin_unlock(&lock);
}

/* Silent: the lock is dropped first. */
void put_unlocked(struct task_struct *t)
{
	spin_lock(&lock);
	spin_unlock(&lock);
	put_task_struct(t);
}
