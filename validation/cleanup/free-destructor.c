#include "../include/cleanup.h"

struct obj {
	int refs;
};

void obj_destroy(struct obj *o);	/* sleeps: see the row below */
struct obj *obj_get(void);

DEFINE_FREE(obj, struct obj *, if (_T) obj_destroy(_T))

static spinlock_t lock;

void freed_under_lock(void)
{
	spin_lock(&lock);
	{
		struct obj *o __free(obj) = obj_get();

		o->refs++;
	}
	spin_unlock(&lock);
}

void freed_after_guard(void)
{
	struct obj *o __free(obj) = obj_get();
	guard(spinlock)(&lock);

	o->refs++;
}

void guard_then_freed(void)
{
	guard(spinlock)(&lock);
	struct obj *o __free(obj) = obj_get();

	o->refs++;
}

void *kept(void)
{
	void *p __free(kfree) = kmalloc(8, GFP_KERNEL);

	return_ptr(p);
}

/*
 * check-name: a __free() destructor that sleeps at the end of its scope
 * check-description: obj_destroy() runs where o goes out of scope: under
 *	the spinlock in freed_under_lock(), after the guard declared after o
 *	is released in freed_after_guard() (innermost first), under the guard
 *	declared before o in guard_then_freed()
 * check-command: klint-sparse --no-summary --annotations-file=cleanup/obj.tbl $file
 *
 * check-error-start
cleanup/free-destructor.c:21:9: warning: obj_destroy() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
cleanup/free-destructor.c:16:9: note: spin_lock() acquires a spinlock here
cleanup/free-destructor.c:39:1: warning: obj_destroy() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
cleanup/free-destructor.c:35:9: note: spin_lock() acquires a spinlock here, in inlined class_spinlock_constructor()
 * check-error-end
 */
