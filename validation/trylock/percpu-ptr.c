/*
 * check-name: a per-CPU pointer is never NULL: trylocks that return it or NULL
 * check-description: mm/page_alloc.c's pcp_spin_trylock() returns
 *	this_cpu_ptr() with the lock held, or NULL; free_unref_page() tests
 *	the pointer, not the trylock.  An address from this_cpu_ptr() (x86:
 *	an asm adding %gs:this_cpu_off) or per_cpu_ptr() (__per_cpu_offset[]
 *	added after RELOC_HIDE()'s empty asm) is known non-NULL, so the test
 *	tells the paths apart, inline or through a static wrapper.  A pointer
 *	from another asm (cmpxchg) may be NULL: still unbalanced.
 * check-command: klint-sparse -Wunbalanced-return $file
 *
 * check-error-start
trylock/percpu-ptr.c:161:6: warning: take_slot() returns in different states on different paths: preemption is disabled on some only (preempt depth 0..2 at return) [-Wunbalanced-return]
trylock/percpu-ptr.c:163:25: note: preempt_disable() disables preemption here
 * check-error-end
 */
#include "../include/kapi.h"

#define __percpu __attribute__((noderef, address_space(__percpu)))

extern unsigned long this_cpu_off;
extern unsigned long __per_cpu_offset[64];

#define this_cpu_ptr(ptr)						\
({									\
	unsigned long tcp_ptr__;					\
	asm volatile("add %%gs:%1, %0"					\
		     : "=r" (tcp_ptr__)					\
		     : "m" (this_cpu_off), "0" (ptr));			\
	(typeof(*(ptr)) __attribute__((force)) *)tcp_ptr__;		\
})

#define RELOC_HIDE(ptr, off)						\
({									\
	unsigned long __ptr;						\
	__asm__ ("" : "=r"(__ptr) : "0"(ptr));				\
	(typeof(ptr)) (__ptr + (off));					\
})
#define per_cpu_ptr(ptr, cpu)						\
	RELOC_HIDE((typeof(*(ptr)) __attribute__((force)) *)(ptr), __per_cpu_offset[cpu])

/* Not a per-CPU address: the old value of a cmpxchg, which may be NULL. */
#define xchg_ptr(p)							\
({									\
	unsigned long __old;						\
	asm volatile("lock cmpxchg %2, %1"				\
		     : "=a" (__old), "+m" (*(p)) : "r" (0UL) : "memory"); \
	(struct pcp *)__old;						\
})

/* CONFIG_PREEMPTION's preempt_enable(): its branch keeps sparse from a select */
void preempt_schedule(void);
static inline bool __preempt_count_dec_and_test(void)
{
	asm goto("decl %%gs:%[var]; je %l[cc_label]"
		 : : [var] "m" (__preempt_count) : "memory" : cc_label);
	return false;
cc_label:
	return true;
}
#define pcpu_task_unpin()						\
	do {								\
		if (__preempt_count_dec_and_test())			\
			preempt_schedule();				\
	} while (0)

struct pcp { spinlock_t lock; int count; };
struct zone { struct pcp __percpu *pageset; struct pcp *slot; };

/* mm/page_alloc.c pcpu_spin_trylock(), with its preempt pin */
#define pcp_spin_trylock(ptr)						\
({									\
	struct pcp *_ret;						\
	preempt_disable();						\
	_ret = this_cpu_ptr(ptr);					\
	if (!spin_trylock(&_ret->lock)) {				\
		pcpu_task_unpin();					\
		_ret = NULL;						\
	}								\
	_ret;								\
})
#define pcp_spin_unlock(ptr)						\
({									\
	spin_unlock(&(ptr)->lock);					\
	pcpu_task_unpin();						\
})

void free_one(struct zone *z);

void free_unref(struct zone *z)
{
	struct pcp *pcp = pcp_spin_trylock(z->pageset);

	if (pcp) {
		pcp->count++;
		pcp_spin_unlock(pcp);
	} else {
		free_one(z);
	}
}

/* Its callers may sleep after it. */
void free_then_sleep(struct zone *z)
{
	free_unref(z);
	msleep(1);
}

/* Another CPU's: per_cpu_ptr(). */
void free_remote(struct zone *z, int cpu)
{
	struct pcp *pcp;

	preempt_disable();
	pcp = per_cpu_ptr(z->pageset, cpu);
	if (!spin_trylock(&pcp->lock)) {
		pcpu_task_unpin();
		pcp = NULL;
	}
	if (pcp) {
		pcp->count++;
		pcp_spin_unlock(pcp);
	} else {
		free_one(z);
	}
}

/* The same through a static function the caller knows by its summary. */
static struct pcp *pcp_trylock_cpu(struct zone *z, int cpu)
{
	struct pcp *pcp = per_cpu_ptr(z->pageset, cpu);

	if (!spin_trylock(&pcp->lock))
		return NULL;
	return pcp;
}

void drain_cpu(struct zone *z, int cpu)
{
	struct pcp *pcp = pcp_trylock_cpu(z, cpu);

	if (!pcp)
		return;
	pcp->count = 0;
	spin_unlock(&pcp->lock);
	msleep(1);
}

/* The pointer may really be NULL: the test is not the trylock's. */
#define slot_trylock(z)							\
({									\
	struct pcp *_ret = xchg_ptr(&(z)->slot);			\
	preempt_disable();						\
	if (!spin_trylock(&(z)->slot->lock)) {				\
		pcpu_task_unpin();					\
		_ret = NULL;						\
	}								\
	_ret;								\
})

void take_slot(struct zone *z)
{
	struct pcp *p = slot_trylock(z);

	if (p) {
		p->count++;
		spin_unlock(&z->slot->lock);
		pcpu_task_unpin();
	}
}
