/*
 * check-name: a function handed to another file's wrapper of a registering API
 * check-description: kt_on_cpu() of the other file hands its parameter
 *	to smp_call_function_single(): a sleeping function of this file
 *	given to it is reported in IPI context, directly and through a
 *	static wrapper of this file (whose own summary learns it only at
 *	the link step).  A function of the other file given to this file's
 *	wrapper of request_threaded_irq() is reported there, with the
 *	wrapper's note.  Silent: a function that does not sleep, and one
 *	given to kt_here(), which calls it in the caller's task.
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/wrap-api.c
 *
 * check-error-start
link/inputs/wrap-api.c:26:9: warning: wrap_irq() may sleep while in hard interrupt context (preempt count 0x10000) [-Watomic-sleep]
link/wrapper-elsewhere.c:79:9: note: wrap_irq() is registered here by my_request() and runs in hard interrupt context
link/wrapper-elsewhere.c:71:16: note: my_request() hands it on to request_threaded_irq() here
link/inputs/wrap-api.c:26:9: note: wrap_irq() calls msleep(), which may sleep
link/wrapper-elsewhere.c:45:9: warning: sleeping_ipi() may sleep while in hard interrupt context (preempt count 0x10000) [-Watomic-sleep]
link/wrapper-elsewhere.c:80:16: note: sleeping_ipi() is registered here by kt_on_cpu() and runs in hard interrupt context (a cross-CPU call) with interrupts disabled
link/inputs/wrap-api.c:14:16: note: kt_on_cpu() hands it on to smp_call_function_single() here
link/wrapper-elsewhere.c:45:9: note: sleeping_ipi() calls mutex_lock(), which may sleep
link/wrapper-elsewhere.c:51:9: warning: sleeping_ipi2() may sleep while in hard interrupt context (preempt count 0x10000) [-Watomic-sleep]
link/wrapper-elsewhere.c:78:9: note: sleeping_ipi2() is registered here by on_first_cpu() and runs in hard interrupt context (a cross-CPU call) with interrupts disabled
link/wrapper-elsewhere.c:66:16: note: on_first_cpu() hands it on to kt_on_cpu() here
link/inputs/wrap-api.c:14:16: note: kt_on_cpu() hands it on to smp_call_function_single() here
link/wrapper-elsewhere.c:51:9: note: sleeping_ipi2() calls msleep(), which may sleep
 * check-error-end
 */
#include "../include/kapi.h"

typedef void (*smp_call_func_t)(void *info);
typedef int irqreturn_t;
typedef irqreturn_t (*irq_handler_t)(int, void *);

int request_threaded_irq(unsigned int irq, irq_handler_t handler, irq_handler_t thread_fn,
			 unsigned long flags, const char *name, void *dev);
int kt_on_cpu(int cpu, smp_call_func_t fn, void *info);
int kt_here(int cpu, smp_call_func_t fn, void *info);
irqreturn_t wrap_irq(int irq, void *data);

static struct mutex m;

static void sleeping_ipi(void *info)
{
	mutex_lock(&m);
	mutex_unlock(&m);
}

static void sleeping_ipi2(void *info)
{
	msleep(1);
}

static void quick_ipi(void *info)
{
	udelay(1);
}

static void task_fn(void *info)
{
	msleep(1);
}

static __attribute__((noinline)) int on_first_cpu(smp_call_func_t fn)
{
	return kt_on_cpu(0, fn, 0);
}

static __attribute__((noinline)) int my_request(int irq, irq_handler_t h)
{
	return request_threaded_irq(irq, h, 0, 0, "x", 0);
}

int drv_start(int irq)
{
	kt_on_cpu(1, quick_ipi, 0);
	kt_here(1, task_fn, 0);
	on_first_cpu(sleeping_ipi2);
	my_request(irq, wrap_irq);
	return kt_on_cpu(1, sleeping_ipi, 0);
}
