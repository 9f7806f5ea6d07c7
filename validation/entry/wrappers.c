/*
 * check-name: a function handed to a wrapper of a registering API runs where the API runs it
 * check-description: my_request() passes its parameter to request_irq():
 *	a handler given to my_request() is checked in hard interrupt
 *	context, with a note on the wrapper's call and one on the API's.
 *	Silent: a handler that does not sleep, and a function handed to
 *	a wrapper that only keeps it to call it later from a task.
 *
 * check-error-start
entry/wrappers.c:35:9: warning: msleep() may sleep while in hard interrupt context (preempt count 0x10000) [-Watomic-sleep]
entry/wrappers.c:69:16: note: sleeping_handler() is registered here by my_request() and runs in hard interrupt context
entry/wrappers.c:30:16: note: my_request() hands it on to request_irq() here
 * check-error-end
 */
#include "../include/kapi.h"

typedef int irqreturn_t;
typedef irqreturn_t (*irq_handler_t)(int, void *);

int request_threaded_irq(unsigned int irq, irq_handler_t handler, irq_handler_t thread_fn,
			 unsigned long flags, const char *name, void *dev);
static inline int request_irq(unsigned int irq, irq_handler_t handler, unsigned long flags,
			      const char *name, void *dev)
{
	return request_threaded_irq(irq, handler, 0, flags, name, dev);
}

static __attribute__((noinline)) int my_request(int irq, irq_handler_t h)
{
	return request_irq(irq, h, 0, "x", 0);
}

static irqreturn_t sleeping_handler(int irq, void *data)
{
	msleep(1);
	return 1;
}

/* Silent: it only busy-waits. */
static irqreturn_t quick_handler(int irq, void *data)
{
	udelay(1);
	return 1;
}

/* Silent: kept, and called later by a task, not registered. */
static irq_handler_t saved;

static __attribute__((noinline)) void keep_for_later(irq_handler_t h)
{
	saved = h;
}

static irqreturn_t task_handler(int irq, void *data)
{
	msleep(1);
	return 1;
}

void run_saved(void)
{
	saved(0, 0);
}

int setup(int irq)
{
	keep_for_later(task_handler);
	my_request(irq + 1, quick_handler);
	return my_request(irq, sleeping_handler);
}
