/*
 * check-name: APIs that drop the caller's one lock around their sleep
 * check-description: __xa_insert() (lib/xarray.c __xas_nomem()),
 *	__cond_resched_lock() and do_wait_intr() (kernel/sched) drop the
 *	lock their caller holds before sleeping: fine under exactly that
 *	lock (with the interrupts or bottom halves it disabled), reported
 *	under a second lock or rcu_read_lock(); a mask that cannot block
 *	never sleeps.  wait_event_lock_irq() drops the lock in the macro
 *	itself, around schedule().
 *	insert_irqs_off() is a known miss, see there.
 *
 * check-error-start
ctxapi/drops-lock.c:114:15: warning: __xa_insert(GFP_KERNEL) may sleep while a spinlock is held (preempt count 0x2) [-Watomic-sleep]
ctxapi/drops-lock.c:113:9: note: spin_lock() acquires a spinlock here
ctxapi/drops-lock.c:124:15: warning: __xa_insert(GFP_KERNEL) may sleep while inside an RCU read-side critical section (preempt count 0x2) [-Watomic-sleep]
ctxapi/drops-lock.c:123:9: note: rcu_read_lock() enters an RCU read-side critical section here
ctxapi/drops-lock.c:173:17: warning: __cond_resched_lock() may sleep while a spinlock is held (preempt count 0x2) [-Watomic-sleep]
ctxapi/drops-lock.c:170:9: note: spin_lock() acquires a spinlock here
ctxapi/drops-lock.c:186:23: warning: do_wait_intr_irq() may sleep while a spinlock is held (preempt count 0x2) [-Watomic-sleep]
ctxapi/drops-lock.c:183:9: note: spin_lock() acquires a spinlock here
ctxapi/drops-lock.c:203:9: warning: schedule() may sleep while inside an RCU read-side critical section (preempt count 0x1) [-Watomic-sleep]
ctxapi/drops-lock.c:201:9: note: rcu_read_lock() enters an RCU read-side critical section here
 * check-error-end
 */
#include "../include/kapi.h"

struct xarray { spinlock_t xa_lock; };
struct wait_queue_head { spinlock_t lock; };
struct wait_queue_entry { int flags; };
int __xa_insert(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp);
int __cond_resched_lock(spinlock_t *lock);
int do_wait_intr(struct wait_queue_head *wq, struct wait_queue_entry *wait);
int do_wait_intr_irq(struct wait_queue_head *wq, struct wait_queue_entry *wait);
long prepare_to_wait_event(struct wait_queue_head *wq, struct wait_queue_entry *wait, int state);
void finish_wait(struct wait_queue_head *wq, struct wait_queue_entry *wait);

static inline void xa_lock(struct xarray *xa) { spin_lock(&xa->xa_lock); }
static inline void xa_unlock(struct xarray *xa) { spin_unlock(&xa->xa_lock); }
static inline void xa_lock_bh(struct xarray *xa) { spin_lock_bh(&xa->xa_lock); }
static inline void xa_unlock_bh(struct xarray *xa) { spin_unlock_bh(&xa->xa_lock); }
static inline void xa_lock_irq(struct xarray *xa) { spin_lock_irq(&xa->xa_lock); }
static inline void xa_unlock_irq(struct xarray *xa) { spin_unlock_irq(&xa->xa_lock); }

/* include/linux/xarray.h, inline around xa_lock() + __xa_insert(). */
static inline int xa_insert(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp)
{
	int err;

	xa_lock(xa);
	err = __xa_insert(xa, index, entry, gfp);
	xa_unlock(xa);
	return err;
}

static inline int xa_insert_bh(struct xarray *xa, unsigned long index, void *entry, gfp_t gfp)
{
	int err;

	xa_lock_bh(xa);
	err = __xa_insert(xa, index, entry, gfp);
	xa_unlock_bh(xa);
	return err;
}

/* include/linux/wait.h's ___wait_event() loop as __wait_event_lock_irq() fills it. */
#define wait_event_lock_irq(wq, cond, lk)					\
	do {									\
		struct wait_queue_entry __w = { 0 };				\
		if (cond)							\
			break;							\
		for (;;) {							\
			prepare_to_wait_event(&(wq), &__w, 2);			\
			if (cond)						\
				break;						\
			spin_unlock_irq(&(lk));					\
			schedule();						\
			spin_lock_irq(&(lk));					\
		}								\
		finish_wait(&(wq), &__w);					\
	} while (0)

static struct xarray xa;
static spinlock_t other;
static struct wait_queue_head wq;
static int done;

/* Exactly the one lock it drops: silent. */
int insert_kernel(void *p)
{
	return xa_insert(&xa, 1, p, GFP_KERNEL);
}

int insert_bh(void *p)
{
	return xa_insert_bh(&xa, 1, p, GFP_KERNEL);
}

int insert_irq(void *p)
{
	int err;

	xa_lock_irq(&xa);
	err = __xa_insert(&xa, 1, p, GFP_KERNEL);
	xa_unlock_irq(&xa);
	return err;
}

/* A second lock stays held while it sleeps. */
int insert_under_other(void *p)
{
	int err;

	spin_lock(&other);
	err = xa_insert(&xa, 1, p, GFP_KERNEL);
	spin_unlock(&other);
	return err;
}

int insert_under_rcu(void *p)
{
	int err;

	rcu_read_lock();
	err = xa_insert(&xa, 1, p, GFP_KERNEL);
	rcu_read_unlock();
	return err;
}

/* A mask that cannot block never drops the lock nor sleeps. */
int insert_atomic_under_other(void *p)
{
	int err;

	spin_lock(&other);
	err = xa_insert(&xa, 1, p, GFP_ATOMIC);
	spin_unlock(&other);
	return err;
}

/*
 * Interrupts disabled besides the plain lock, which __xas_nomem() does not
 * enable: a bug the rows cannot see, since whether xa_lock is taken plain,
 * _irq or _bh is the xarray's run-time flag (drops-lock=irq,bh).
 */
int insert_irqs_off(void *p)
{
	unsigned long f;
	int err;

	local_irq_save(f);
	err = xa_insert(&xa, 1, p, GFP_KERNEL);
	local_irq_restore(f);
	return err;
}

void scan_locked(int n)
{
	int i;

	spin_lock(&other);
	for (i = 0; i < n; i++)
		__cond_resched_lock(&other);
	spin_unlock(&other);
}

void scan_two_locks(int n)
{
	int i;

	spin_lock(&wq.lock);
	spin_lock(&other);
	for (i = 0; i < n; i++)
		__cond_resched_lock(&other);
	spin_unlock(&other);
	spin_unlock(&wq.lock);
}

int wait_two_locks(void)
{
	struct wait_queue_entry w = { 0 };
	int ret = 0;

	spin_lock(&other);
	spin_lock_irq(&wq.lock);
	while (!done && !ret)
		ret = do_wait_intr_irq(&wq, &w);
	spin_unlock_irq(&wq.lock);
	spin_unlock(&other);
	return ret;
}

void wait_lock_irq(void)
{
	spin_lock_irq(&wq.lock);
	wait_event_lock_irq(wq, done, wq.lock);
	spin_unlock_irq(&wq.lock);
}

void wait_lock_irq_under_rcu(void)
{
	rcu_read_lock();
	spin_lock_irq(&wq.lock);
	wait_event_lock_irq(wq, done, wq.lock);
	spin_unlock_irq(&wq.lock);
	rcu_read_unlock();
}
