#include "../../include/refcount.h"

typedef int irqreturn_t;

struct dev_obj {
	refcount_t ref;
	void *buf;
};

extern struct dev_obj *the_obj;

void msleep(unsigned int msecs);

/* A handler that drops a reference: the last one waits, as no handler may. */
irqreturn_t drv_put_irq(int irq, void *data)
{
	if (refcount_dec_and_test(&the_obj->ref))
		msleep(1);
	return 1;
}
