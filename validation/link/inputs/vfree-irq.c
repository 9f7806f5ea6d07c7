#include "../../include/kapi.h"

typedef int irqreturn_t;

extern void *irq_buf;

void vfree(const void *addr);

/* A hard interrupt handler may vfree(): it defers the work there. */
irqreturn_t buf_irq(int irq, void *data)
{
	vfree(irq_buf);
	return 1;
}

/* ... but not wait. */
irqreturn_t slow_irq(int irq, void *data)
{
	msleep(1);
	return 1;
}
