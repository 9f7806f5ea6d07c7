#include "../include/kapi.h"

/* include/linux/cleanup.h's DEFINE_LOCK_GUARD_0(rcu, ...), as expanded. */
typedef struct {
	void *lock;
} class_rcu_t;

static inline class_rcu_t class_rcu_constructor(void)
{
	class_rcu_t t = { (void *)1 };

	rcu_read_lock();
	return t;
}

static inline void class_rcu_destructor(class_rcu_t *t)
{
	if (t->lock)
		rcu_read_unlock();
}

#define guard_rcu()							\
	class_rcu_t __g __attribute__((cleanup(class_rcu_destructor))) =	\
		class_rcu_constructor()

static int guarded(int x)
{
	guard_rcu();
	if (x)
		return 1;
	return 0;
}

void after_guarded_helper(int x)
{
	guarded(x);
	msleep(1);
}

/*
 * check-name: scope-based guards are not taken for unreleased locks
 * check-description: sparse never calls a cleanup attribute's destructor,
 *	so guard() constructors count for nothing (annotations/cleanup.tbl)
 *	rather than as a lock held to the end of the function and beyond
 *
 * check-error-start
 * check-error-end
 */
