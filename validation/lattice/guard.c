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
 * check-description: the cleanup attribute's destructor is called at
 *	every return (sparse-patches/0007), so a guard is released when its
 *	function returns and its caller is not left in atomic context
 *
 * check-error-start
 * check-error-end
 */
