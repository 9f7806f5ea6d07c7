/*
 * check-name: an interrupt handler whose put may drop the last reference
 * check-command: sh link/link.sh klint-sparse klint-link $file lastref/inputs/put-irq.c
 *
 * check-error-start
lastref/handler.c:43:17: warning: msleep() may sleep if this drops the last reference while in hard interrupt context (preempt count 0x10000) [-Wlast-reference-sleep]
lastref/handler.c:49:9: note: local_put_irq() is registered here by request_irq() and runs in hard interrupt context
lastref/handler.c:42:13: note: atomic_dec_and_test() drops the last reference here
lastref/inputs/put-irq.c:17:13: warning: drv_put_irq() may sleep if this drops the last reference while in hard interrupt context (preempt count 0x10000) [-Wlast-reference-sleep]
lastref/handler.c:50:16: note: drv_put_irq() is registered here by request_irq() and runs in hard interrupt context
lastref/inputs/put-irq.c:17:13: note: refcount_dec_and_test() drops the last reference here
lastref/inputs/put-irq.c:18:17: note: drv_put_irq() calls msleep(), which may sleep
 * check-error-end
 */
#include "../include/refcount.h"

typedef int irqreturn_t;
typedef irqreturn_t (*irq_handler_t)(int, void *);

int request_threaded_irq(unsigned int irq, irq_handler_t handler, irq_handler_t thread_fn,
			 unsigned long flags, const char *name, void *dev);
static inline int request_irq(unsigned int irq, irq_handler_t handler, unsigned long flags,
			      const char *name, void *dev)
{
	return request_threaded_irq(irq, handler, 0, flags, name, dev);
}

struct dev_obj {
	refcount_t ref;
	void *buf;
};

struct dev_obj *the_obj;

void msleep(unsigned int msecs);

irqreturn_t drv_put_irq(int irq, void *data);

/* The same in this file. */
static irqreturn_t local_put_irq(int irq, void *data)
{
	if (atomic_dec_and_test(&the_obj->ref.refs))
		msleep(1);
	return 1;
}

int drv_probe(int irq)
{
	request_irq(irq + 1, local_put_irq, 0, "local", 0);
	return request_irq(irq, drv_put_irq, 0, "drv", 0);
}
