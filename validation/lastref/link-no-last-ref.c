/*
 * check-name: klint-link -Wno-last-reference-sleep keeps the other sleeps
 * check-command: sh link/link.sh klint-sparse klint-link $file lastref/inputs/task.c lastref/inputs/stack.c -- -Wno-last-reference-sleep
 *
 * check-error-start
lastref/link-no-last-ref.c:30:9: warning: free_task_stack() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lastref/link-no-last-ref.c:29:9: note: spin_lock() acquires a spinlock here
lastref/inputs/stack.c:10:9: note: free_task_stack() calls vfree(), which may sleep
 * check-error-end
 */
#include "../include/refcount.h"

struct task_struct;
void put_task_struct(struct task_struct *t);
void free_task_stack(struct task_struct *t);

static spinlock_t lock;

/* Silenced: a last reference's sleep, found by the link step. */
void put_locked(struct task_struct *t)
{
	spin_lock(&lock);
	put_task_struct(t);
	spin_unlock(&lock);
}

void free_stack_locked(struct task_struct *t)
{
	spin_lock(&lock);
	free_task_stack(t);
	spin_unlock(&lock);
}
