/* Wrappers of registering APIs, called by link/wrapper-*.c. */
#include "../../include/kapi.h"

typedef void (*smp_call_func_t)(void *info);
typedef int irqreturn_t;
typedef irqreturn_t (*irq_handler_t)(int, void *);

int smp_call_function_single(int cpu, smp_call_func_t func, void *info, int wait);
int request_threaded_irq(unsigned int irq, irq_handler_t handler, irq_handler_t thread_fn,
			 unsigned long flags, const char *name, void *dev);

int kt_on_cpu(int cpu, smp_call_func_t fn, void *info)
{
	return smp_call_function_single(cpu, fn, info, 1);
}

/* Not a wrapper: the function runs in the caller's task. */
int kt_here(int cpu, smp_call_func_t fn, void *info)
{
	fn(info);
	return cpu;
}

irqreturn_t wrap_irq(int irq, void *data)
{
	msleep(1);
	return 1;
}
