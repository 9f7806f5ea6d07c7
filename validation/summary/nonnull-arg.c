#include "../include/kapi.h"

/*
 * fs/locks.c's locks_delete_lock_ctx(fl, &dispose): with a list to put the
 * lock on, it is freed later, after the caller's unlock; without one it is
 * freed here, which may sleep.
 */
struct list { struct list *next; };
struct lock { struct list link; };

static struct mutex m;
static spinlock_t l;

static void delete_lock(struct lock *fl, struct list *dispose)
{
	if (dispose) {
		fl->link.next = dispose->next;
		dispose->next = &fl->link;
	} else {
		mutex_lock(&m);
		mutex_unlock(&m);
	}
}

void delete_later(struct lock *fl)
{
	struct list dispose = { 0 };

	spin_lock(&l);
	delete_lock(fl, &dispose);
	spin_unlock(&l);
}

void delete_now(struct lock *fl)
{
	spin_lock(&l);
	delete_lock(fl, NULL);
	spin_unlock(&l);
}

/* Handed on one level: the address is still known not to be NULL. */
static void delete_via(struct lock *fl, struct list *dispose)
{
	delete_lock(fl, dispose);
}

void delete_later_via(struct lock *fl)
{
	struct list dispose = { 0 };

	spin_lock(&l);
	delete_via(fl, &dispose);
	spin_unlock(&l);
}

/*
 * check-name: an argument that is an object's address is never NULL
 * check-description: a callee that sleeps only when its pointer argument
 *	is NULL is silent when the caller passes the address of a local,
 *	directly or through a wrapper, and reported when it passes NULL
 *
 * check-error-start
summary/nonnull-arg.c:37:9: warning: delete_lock() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
summary/nonnull-arg.c:36:9: note: spin_lock() acquires a spinlock here
summary/nonnull-arg.c:20:17: note: delete_lock() calls mutex_lock(), which may sleep
 * check-error-end
 */
