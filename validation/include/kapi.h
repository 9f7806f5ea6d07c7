/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A miniature of Linux 6.1's APIs for the tests, shaped the way the real
 * headers reach sparse's IR: inline API functions around out-of-line calls
 * (spin_lock -> _raw_spin_lock), inline functions that are only asm
 * (preempt_disable, local_irq_save), sparse context annotations, and a
 * might_sleep() that expands to nothing, as without DEBUG_ATOMIC_SLEEP.
 */
#ifndef KAPI_H
#define KAPI_H

#define __acquires(x)	__attribute__((context(x, 0, 1)))
#define __releases(x)	__attribute__((context(x, 1, 0)))
#define __must_hold(x)	__attribute__((context(x, 1, 1)))
#define __acquire(x)	__context__(x, 1)
#define __release(x)	__context__(x, -1)
#define __cond_lock(x, c)	((c) ? ({ __acquire(x); 1; }) : 0)
#define __klint(s)	__attribute__((klint_preempt(s)))

typedef unsigned int __attribute__((bitwise)) gfp_t;
typedef unsigned long size_t;
typedef _Bool bool;
#define true 1
#define false 0
#define NULL ((void *)0)

#define GFP_KERNEL	((gfp_t)0xcc0u)
#define GFP_ATOMIC	((gfp_t)0xa20u)
#define GFP_NOWAIT	((gfp_t)0x800u)
#define __GFP_ZERO	((gfp_t)0x100u)

typedef struct raw_spinlock { int l; } raw_spinlock_t;
typedef struct spinlock { struct raw_spinlock rlock; } spinlock_t;
struct mutex { int m; };
extern int __preempt_count;

void _raw_spin_lock(raw_spinlock_t *lock) __acquires(lock);
void _raw_spin_unlock(raw_spinlock_t *lock) __releases(lock);
void _raw_spin_lock_bh(raw_spinlock_t *lock) __acquires(lock);
void _raw_spin_unlock_bh(raw_spinlock_t *lock) __releases(lock);
void _raw_spin_lock_irq(raw_spinlock_t *lock) __acquires(lock);
void _raw_spin_unlock_irq(raw_spinlock_t *lock) __releases(lock);
unsigned long _raw_spin_lock_irqsave(raw_spinlock_t *lock) __acquires(lock);
void _raw_spin_unlock_irqrestore(raw_spinlock_t *lock, unsigned long f) __releases(lock);
int _raw_spin_trylock(raw_spinlock_t *lock);

static inline void spin_lock(spinlock_t *l) { _raw_spin_lock(&l->rlock); }
static inline void spin_unlock(spinlock_t *l) { _raw_spin_unlock(&l->rlock); }
static inline void spin_lock_bh(spinlock_t *l) { _raw_spin_lock_bh(&l->rlock); }
static inline void spin_unlock_bh(spinlock_t *l) { _raw_spin_unlock_bh(&l->rlock); }
static inline void spin_lock_irq(spinlock_t *l) { _raw_spin_lock_irq(&l->rlock); }
static inline void spin_unlock_irq(spinlock_t *l) { _raw_spin_unlock_irq(&l->rlock); }
#define spin_lock_irqsave(l, f)	((f) = _raw_spin_lock_irqsave(&(l)->rlock))
#define spin_unlock_irqrestore(l, f) _raw_spin_unlock_irqrestore(&(l)->rlock, f)
#define raw_spin_trylock(l)	__cond_lock(l, _raw_spin_trylock(l))
static inline int spin_trylock(spinlock_t *l) { return raw_spin_trylock(&l->rlock); }

void __rcu_read_lock(void);
void __rcu_read_unlock(void);
static inline void rcu_read_lock(void) { __rcu_read_lock(); __acquire(RCU); }
static inline void rcu_read_unlock(void) { __release(RCU); __rcu_read_unlock(); }

static inline void __preempt_count_add(int val)
{
	asm volatile("addl %1, %0" : "+m" (__preempt_count) : "ri" (val));
}
static inline void __preempt_count_sub(int val)
{
	asm volatile("subl %1, %0" : "+m" (__preempt_count) : "ri" (val));
}
static inline int preempt_count(void)
{
	int v;

	asm volatile("movl %1, %0" : "=r" (v) : "m" (__preempt_count));
	return v & 0x7fffffff;
}
#define in_atomic()		(preempt_count() != 0)
#define in_interrupt()		(preempt_count() & 0xffff00)
#define in_softirq()		(preempt_count() & 0xff00)
#define in_hardirq()		(preempt_count() & 0xf0000)
#define in_task()		(!(preempt_count() & 0xf0100))
#define preempt_disable()	__preempt_count_add(1)
#define preempt_enable()	__preempt_count_sub(1)

static inline unsigned long arch_local_irq_save(void)
{
	unsigned long f;

	asm volatile("pushf; pop %0; cli" : "=r" (f) : : "memory");
	return f;
}
static inline void arch_local_irq_restore(unsigned long f)
{
	if (f & 0x200)
		asm volatile("sti" : : : "memory");
}
#define local_irq_save(f)	((f) = arch_local_irq_save())
#define local_irq_restore(f)	arch_local_irq_restore(f)

/* The CONFIG_TRACE_IRQFLAGS forms, which test the saved flags. */
void trace_hardirqs_on(void);
void trace_hardirqs_off(void);
static inline int arch_irqs_disabled_flags(unsigned long f)
{
	return !(f & 0x200);
}
#define local_irq_save_traced(f)					\
	do {								\
		(f) = arch_local_irq_save();				\
		if (!arch_irqs_disabled_flags(f))			\
			trace_hardirqs_off();				\
	} while (0)
#define local_irq_restore_traced(f)					\
	do {								\
		if (!arch_irqs_disabled_flags(f))			\
			trace_hardirqs_on();				\
		arch_local_irq_restore(f);				\
	} while (0)

void local_bh_disable(void);
void local_bh_enable(void);

#define might_sleep()	do { } while (0)
void msleep(unsigned int ms);
void udelay(unsigned long us);
void mutex_lock(struct mutex *m);
void mutex_unlock(struct mutex *m);
int mutex_trylock(struct mutex *m);
void synchronize_rcu(void);
void schedule(void);

unsigned long _copy_from_user(void *to, const void *from, unsigned long n);
static inline unsigned long copy_from_user(void *to, const void *from, unsigned long n)
{
	return _copy_from_user(to, from, n);
}
struct task { int pagefault_disabled; };
extern struct task *current;
static inline void pagefault_disable(void) { current->pagefault_disabled++; }
static inline void pagefault_enable(void) { current->pagefault_disabled--; }

void *__kmalloc(size_t size, gfp_t flags);
static inline void *kmalloc(size_t size, gfp_t flags) { return __kmalloc(size, flags); }
static inline void *kzalloc(size_t size, gfp_t flags)
{
	return kmalloc(size, flags | __GFP_ZERO);
}
void kfree(const void *p);

/* Interrupts on and off as flags; the CPU halts with them back on. */
static inline void arch_local_irq_disable(void)
{
	asm volatile("cli" : : : "memory");
}
static inline void arch_local_irq_enable(void)
{
	asm volatile("sti" : : : "memory");
}
static inline void arch_safe_halt(void)
{
	asm volatile("sti; hlt" : : : "memory");
}
#define local_irq_disable()	arch_local_irq_disable()
#define local_irq_enable()	arch_local_irq_enable()
#define safe_halt()		arch_safe_halt()

static inline unsigned long native_save_fl(void)
{
	unsigned long f;

	asm volatile("pushf ; pop %0" : "=rm" (f) : : "memory");
	return f;
}
#define irqs_disabled()		arch_irqs_disabled_flags(native_save_fl())

#endif
