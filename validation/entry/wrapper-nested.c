/*
 * check-name: a wrapper of a wrapper registers what it is given, whatever their order in the file
 * check-description: arm() hands its parameter to arm_timer(), which
 *	hands it to timer_setup(): each call on the way is a note.  The
 *	parameter moves (the callback is arm()'s third argument, the
 *	timer API's second); the outer wrapper is defined first, the
 *	inner one's body comes later, and a wrapper of smp_call_function_single()
 *	given a sleeping function is reported in its IPI context.  Silent:
 *	arm()'s other pointer argument, which is the timer, not a function
 *	it registers.
 *
 * check-error-start
entry/wrapper-nested.c:53:9: warning: kmalloc(GFP_KERNEL) may sleep while in softirq context (preempt count 0x200) [-Watomic-sleep]
entry/wrapper-nested.c:75:16: note: slow_timer() is registered here by arm() and runs in softirq context
entry/wrapper-nested.c:37:16: note: arm() hands it on to arm_timer() here
entry/wrapper-nested.c:42:9: note: arm_timer() hands it on to init_timer_key() here
entry/wrapper-nested.c:65:9: warning: mutex_lock() may sleep while in hard interrupt context (preempt count 0x10000) [-Watomic-sleep]
entry/wrapper-nested.c:74:9: note: slow_ipi() is registered here by kt_on_cpu() and runs in hard interrupt context (a cross-CPU call) with interrupts disabled
entry/wrapper-nested.c:48:16: note: kt_on_cpu() hands it on to smp_call_function_single() here
 * check-error-end
 */
#include "../include/kapi.h"

struct timer_list { void (*function)(struct timer_list *); };
typedef void (*timer_fn)(struct timer_list *);
typedef void (*smp_call_func_t)(void *info);

void init_timer_key(struct timer_list *timer, void (*func)(struct timer_list *),
		    unsigned int flags, const char *name, void *key);
#define timer_setup(t, f, fl)	init_timer_key((t), (f), (fl), 0, 0)
int smp_call_function_single(int cpu, smp_call_func_t func, void *info, int wait);

static int arm_timer(struct timer_list *t, timer_fn fn);

static __attribute__((noinline)) int arm(int flags, struct timer_list *t, timer_fn fn)
{
	return arm_timer(t, fn) + flags;
}

static __attribute__((noinline)) int arm_timer(struct timer_list *t, timer_fn fn)
{
	timer_setup(t, fn, 0);
	return 0;
}

int kt_on_cpu(int cpu, smp_call_func_t fn, void *info)
{
	return smp_call_function_single(cpu, fn, info, 1);
}

static void slow_timer(struct timer_list *t)
{
	kmalloc(16, GFP_KERNEL);
}

static void quick_timer(struct timer_list *t)
{
	udelay(1);
}

static void slow_ipi(void *info)
{
	struct mutex *m = info;

	mutex_lock(m);
	mutex_unlock(m);
}

static struct timer_list t1, t2;

int start(struct mutex *m)
{
	arm(0, &t2, quick_timer);
	kt_on_cpu(1, slow_ipi, m);
	return arm(0, &t1, slow_timer);
}
