/*
 * check-name: a handler registered here and defined in another file may vfree()
 * check-description: the link step checks a handler registered elsewhere
 *	with the waiver of its summary (interrupt-ok), as klint-sparse does
 *	in one file: buf_irq() is silent, slow_irq() is reported.
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/vfree-irq.c
 *
 * check-error-start
link/inputs/vfree-irq.c:19:9: warning: slow_irq() may sleep while in hard interrupt context (preempt count 0x10000) [-Watomic-sleep]
link/vfree-handler.c:30:16: note: slow_irq() is registered here by request_threaded_irq() and runs in hard interrupt context
link/inputs/vfree-irq.c:19:9: note: slow_irq() calls msleep(), which may sleep
 * check-error-end
 */
#include "../include/kapi.h"

typedef int irqreturn_t;
typedef irqreturn_t (*irq_handler_t)(int, void *);

int request_threaded_irq(unsigned int irq, irq_handler_t handler, irq_handler_t thread_fn,
			 unsigned long flags, const char *name, void *dev);

irqreturn_t buf_irq(int irq, void *data);
irqreturn_t slow_irq(int irq, void *data);

void *irq_buf;

int drv_probe(int irq)
{
	request_threaded_irq(irq, buf_irq, 0, 0, "buf", 0);
	return request_threaded_irq(irq + 1, slow_irq, 0, 0, "slow", 0);
}
