#include "../include/kapi.h"

struct obj {
	spinlock_t lock;
	struct mutex mutex;
};

/* Known to sparse only through its context annotation. */
void obj_lock(struct obj *o) __acquires(&o->lock);
void obj_unlock(struct obj *o) __releases(&o->lock);
void obj_mutex_lock(struct obj *o) __acquires(&o->mutex);
void obj_mutex_unlock(struct obj *o) __releases(&o->mutex);

void annotated_spinlock(struct obj *o)
{
	obj_lock(o);
	msleep(1);
	obj_unlock(o);
}

void annotated_mutex(struct obj *o)
{
	obj_mutex_lock(o);
	msleep(1);
	obj_mutex_unlock(o);
}

static void must_hold_sleeps(struct obj *o) __must_hold(&o->lock)
{
	msleep(1);
}

void calls_must_hold(struct obj *o)
{
	obj_lock(o);
	must_hold_sleeps(o);
	obj_unlock(o);
}

/* Bookkeeping for sparse's balance check, not a lock: not counted. */
void manual_context(void)
{
	__acquire(RCU);
	msleep(1);
	__release(RCU);
}

/* Neither in a table nor in this file: only __cond_lock() describes it. */
int obj_try(struct obj *o);
#define obj_trylock(o)	__cond_lock(&(o)->lock, obj_try(o))

void cond_lock_of_unknown(struct obj *o)
{
	if (obj_trylock(o)) {
		msleep(1);
		obj_unlock(o);
	}
}

void arch_obj_grab(struct obj *o);

static inline void obj_grab(struct obj *o)
{
	arch_obj_grab(o);
	__acquire(RCU);
}

void inline_helper_context(struct obj *o)
{
	obj_grab(o);
	msleep(1);
}

/*
 * check-name: sparse context annotations
 * check-description: a context on a spinlock or on RCU is atomic, one on
 *	a mutex is not; __must_hold makes the body be checked as locked; a
 *	__context__ statement counts inside an inline helper or __cond_lock(),
 *	not in a function's own body
 *
 * check-error-start
context/annotations.c:17:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
context/annotations.c:16:9: note: obj_lock() acquires a spinlock here (by its context annotation)
context/annotations.c:30:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
context/annotations.c:28:13: note: must_hold_sleeps() is annotated to be entered with the lock held
context/annotations.c:55:17: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
context/annotations.c:54:13: note: obj_try() acquires a spinlock here (by __cond_lock())
context/annotations.c:71:9: warning: msleep() may sleep while inside an RCU read-side critical section (preempt count 0x1) [-Watomic-sleep]
context/annotations.c:70:9: note: obj_grab() enters an RCU read-side critical section here (by __acquire())
 * check-error-end
 */
