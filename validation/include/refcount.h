/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Linux 6.1's reference counts as they reach sparse's IR on x86-64:
 * refcount_dec_and_test() an inline around "lock xadd" whose result the
 * body compares ("old == 1"), atomic_dec_and_test() an asm goto "decl;
 * je", kref_put() an inline that calls the release when the count
 * reached zero, kref_put_lock() and kref_put_mutex() around the
 * out-of-line helpers.
 */
#ifndef REFCOUNT_H
#define REFCOUNT_H

#include "kapi.h"

typedef struct { int counter; } atomic_t;
typedef struct { atomic_t refs; } refcount_t;
struct kref { refcount_t refcount; };

void refcount_warn_saturate(refcount_t *r, int t);
bool refcount_dec_and_lock(refcount_t *r, spinlock_t *lock);
bool refcount_dec_and_mutex_lock(refcount_t *r, struct mutex *lock);
void vfree(const void *p);

static inline int arch_atomic_fetch_add(int i, atomic_t *v)
{
	asm volatile("lock xaddl %0, %1" : "+r" (i), "+m" (v->counter) : : "memory");
	return i;
}

static inline int atomic_fetch_sub_release(int i, atomic_t *v)
{
	return arch_atomic_fetch_add(-i, v);
}

static inline bool __refcount_sub_and_test(int i, refcount_t *r, int *oldp)
{
	int old = atomic_fetch_sub_release(i, &r->refs);

	if (oldp)
		*oldp = old;
	if (old == i)
		return true;
	if (old < 0 || old - i < 0)
		refcount_warn_saturate(r, 3);
	return false;
}

static inline bool refcount_dec_and_test(refcount_t *r)
{
	return __refcount_sub_and_test(1, r, NULL);
}

static inline bool arch_atomic_dec_and_test(atomic_t *v)
{
	return ({
		bool c = false;

		asm goto("lock decl %[var]; je %l[cc_label]"
			 : : [var] "m" (v->counter) : "memory" : cc_label);
		if (0) {
cc_label:		c = true;
		}
		c;
	});
}

static inline bool atomic_dec_and_test(atomic_t *v)
{
	return arch_atomic_dec_and_test(v);
}

static inline int kref_put(struct kref *kref, void (*release)(struct kref *kref))
{
	if (refcount_dec_and_test(&kref->refcount)) {
		release(kref);
		return 1;
	}
	return 0;
}

static inline int kref_put_mutex(struct kref *kref, void (*release)(struct kref *kref),
				 struct mutex *lock)
{
	if (refcount_dec_and_mutex_lock(&kref->refcount, lock)) {
		release(kref);
		return 1;
	}
	return 0;
}

static inline int kref_put_lock(struct kref *kref, void (*release)(struct kref *kref),
				spinlock_t *lock)
{
	if (refcount_dec_and_lock(&kref->refcount, lock)) {
		release(kref);
		return 1;
	}
	return 0;
}

#endif
