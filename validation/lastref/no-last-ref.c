#include "../include/refcount.h"

struct obj {
	struct kref ref;
	void *buf;
};

static spinlock_t lock;

static void obj_release(struct kref *k)
{
	struct obj *o = (struct obj *)k;

	vfree(o->buf);
}

/* Silenced: a last reference's sleep. */
void put_locked(struct obj *o)
{
	spin_lock(&lock);
	kref_put(&o->ref, obj_release);
	spin_unlock(&lock);
}

/* Still reported: a sleep on every path. */
void free_locked(struct obj *o)
{
	spin_lock(&lock);
	vfree(o->buf);
	spin_unlock(&lock);
}

/*
 * check-name: -Wno-last-reference-sleep silences only the last reference's sleeps
 * check-command: klint-sparse -Wno-last-reference-sleep $file
 *
 * check-error-start
lastref/no-last-ref.c:29:9: warning: vfree() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lastref/no-last-ref.c:28:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
