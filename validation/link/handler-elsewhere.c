/*
 * check-name: a handler registered in one file and defined in another
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/irq-handler.c
 *
 * check-error-start
link/inputs/irq-handler.c:10:9: warning: drv_irq() may sleep while in hard interrupt context (preempt count 0x10000) [-Watomic-sleep]
link/handler-elsewhere.c:30:16: note: drv_irq() is registered here by request_irq() and runs in hard interrupt context
link/inputs/irq-handler.c:10:9: note: drv_irq() calls mutex_lock(), which may sleep
 * check-error-end
 */
typedef int irqreturn_t;
typedef irqreturn_t (*irq_handler_t)(int, void *);

int request_threaded_irq(unsigned int irq, irq_handler_t handler, irq_handler_t thread_fn,
			 unsigned long flags, const char *name, void *dev);
static inline int request_irq(unsigned int irq, irq_handler_t handler, unsigned long flags,
			      const char *name, void *dev)
{
	return request_threaded_irq(irq, handler, 0, flags, name, dev);
}

irqreturn_t drv_irq(int irq, void *data);
irqreturn_t drv_irq_quick(int irq, void *data);
irqreturn_t drv_thread(int irq, void *data);

int drv_probe(int irq)
{
	request_irq(irq + 1, drv_irq_quick, 0, "quick", 0);
	request_threaded_irq(irq + 2, 0, drv_thread, 0, "thread", 0);
	return request_irq(irq, drv_irq, 0, "drv", 0);
}
