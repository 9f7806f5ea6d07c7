#include "../include/refcount.h"

struct obj {
	struct kref ref;
	void *buf;
};

static spinlock_t lock;
static spinlock_t list_lock;
static struct mutex obj_mutex;

static void obj_release(struct kref *k)
{
	struct obj *o = (struct obj *)k;

	vfree(o->buf);
}

/* kref_put_lock()'s release is entered with the lock held and drops it. */
static void obj_release_list(struct kref *k)
{
	struct obj *o = (struct obj *)k;

	vfree(o->buf);
	spin_unlock(&list_lock);
}

static void obj_release_fast(struct kref *k)
{
	kfree(k);
}

void put_obj_locked(struct obj *o)
{
	spin_lock(&lock);
	kref_put(&o->ref, obj_release);
	spin_unlock(&lock);
}

/* Silent: this release does not sleep. */
void put_obj_fast_locked(struct obj *o)
{
	spin_lock(&lock);
	kref_put(&o->ref, obj_release_fast);
	spin_unlock(&lock);
}

/* Silent: no lock held. */
void put_obj(struct obj *o)
{
	kref_put(&o->ref, obj_release);
}

/* The release runs under the list lock kref_put_lock() took: any release's bug. */
void put_obj_list(struct obj *o)
{
	kref_put_lock(&o->ref, obj_release_list, &list_lock);
}

/* refcount_dec_and_mutex_lock() takes the mutex only for the last reference. */
void put_obj_mutex_locked(struct obj *o)
{
	spin_lock(&lock);
	kref_put_mutex(&o->ref, obj_release_fast, &obj_mutex);
	spin_unlock(&lock);
}

/*
 * check-name: kref_put() with a release that sleeps
 *
 * check-error-start
lastref/kref.c:36:9: warning: obj_release() may sleep if this drops the last reference while a spinlock is held (preempt count 0x1) [-Wlast-reference-sleep]
lastref/kref.c:35:9: note: spin_lock() acquires a spinlock here
lastref/kref.c:36:9: note: refcount_dec_and_test() drops the last reference here, in inlined kref_put()
lastref/kref.c:16:9: note: obj_release() calls vfree(), which may sleep
lastref/kref.c:57:9: warning: obj_release_list() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lastref/kref.c:57:9: note: refcount_dec_and_lock() acquires a spinlock here, in inlined kref_put_lock()
lastref/kref.c:24:9: note: obj_release_list() calls vfree(), which may sleep
lastref/kref.c:64:9: warning: refcount_dec_and_mutex_lock() may sleep if this drops the last reference while a spinlock is held (preempt count 0x1) [-Wlast-reference-sleep]
lastref/kref.c:63:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
