/*
 * check-name: vfree() and kvfree() sleep only in task context
 * check-description: vfree() (mm/vmalloc.c) defers its work when
 *	in_interrupt(): bottom halves disabled, a softirq (an RCU callback, a
 *	timer) or a hard interrupt.  Elsewhere it may sleep: under a plain
 *	spinlock, with interrupts disabled, or in RCU callbacks' helpers
 *	called from task context.  A wrapper inherits the waiver unless it
 *	does something else that sleeps.
 *
 * check-error-start
ctxapi/vfree.c:41:9: warning: vfree() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
ctxapi/vfree.c:40:9: note: spin_lock() acquires a spinlock here
ctxapi/vfree.c:50:9: warning: kvfree() may sleep while interrupts are disabled [-Watomic-sleep]
ctxapi/vfree.c:49:9: note: local_irq_save() disables interrupts here
ctxapi/vfree.c:98:9: warning: free_buf() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
ctxapi/vfree.c:97:9: note: spin_lock() acquires a spinlock here
ctxapi/vfree.c:86:9: note: free_buf() calls vfree(), which may sleep
ctxapi/vfree.c:106:9: warning: free_and_wait() may sleep while a spinlock is held (preempt count 0x201) [-Watomic-sleep]
ctxapi/vfree.c:104:9: note: spin_lock_bh() acquires a spinlock here
ctxapi/vfree.c:92:9: note: free_and_wait() calls msleep(), which may sleep
ctxapi/vfree.c:116:9: warning: vfree() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
ctxapi/vfree.c:115:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
#include "../include/kapi.h"

struct rcu_head { void *next; };
struct obj { struct rcu_head rcu; void *buf; };
void vfree(const void *addr);
void kvfree(const void *addr);
void vfree_atomic(const void *addr);
void call_rcu(struct rcu_head *head, void (*func)(struct rcu_head *));

static spinlock_t lock;
static struct obj *cur;

/* Task context under a plain spinlock: in_interrupt() is false. */
void under_spinlock(void *p)
{
	spin_lock(&lock);
	vfree(p);
	spin_unlock(&lock);
}

void irqs_off(void *p)
{
	unsigned long f;

	local_irq_save(f);
	kvfree(p);
	local_irq_restore(f);
}

/* Bottom halves disabled: in_interrupt() is true, vfree() defers. */
void under_bh_lock(void *p)
{
	spin_lock_bh(&lock);
	vfree(p);
	kvfree(p);
	spin_unlock_bh(&lock);
}

void bh_off(void *p)
{
	local_bh_disable();
	kvfree(p);
	local_bh_enable();
}

/* An RCU callback runs in softirq context. */
static void obj_free_rcu(struct rcu_head *head)
{
	struct obj *o = (struct obj *)head;

	kvfree(o->buf);
	vfree(o);
}

void obj_release(struct obj *o)
{
	call_rcu(&o->rcu, obj_free_rcu);
}

static void free_buf(struct obj *o)
{
	vfree(o->buf);
}

static void free_and_wait(struct obj *o)
{
	vfree(o->buf);
	msleep(1);
}

void wrapper_under_lock(void)
{
	spin_lock(&lock);
	free_buf(cur);
	spin_unlock(&lock);
}

void wrapper_under_bh_lock(void)
{
	spin_lock_bh(&lock);
	free_buf(cur);
	free_and_wait(cur);
	spin_unlock_bh(&lock);
}

/* The bottom halves were enabled again before the call. */
void after_bh(void *p)
{
	local_bh_disable();
	local_bh_enable();
	spin_lock(&lock);
	vfree(p);
	vfree_atomic(p);
	spin_unlock(&lock);
}
