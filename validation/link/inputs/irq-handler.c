#include "../../include/kapi.h"

typedef int irqreturn_t;

static struct mutex dev_mutex;

/* The driver's handler: another file registers it. */
irqreturn_t drv_irq(int irq, void *data)
{
	mutex_lock(&dev_mutex);
	mutex_unlock(&dev_mutex);
	return 1;
}

/* Registered the same way, and fine in interrupt context. */
irqreturn_t drv_irq_quick(int irq, void *data)
{
	udelay(1);
	return 1;
}

/* Only ever a threaded handler: may sleep. */
irqreturn_t drv_thread(int irq, void *data)
{
	msleep(1);
	return 1;
}
