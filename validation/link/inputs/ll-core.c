#include "../../include/kapi.h"
#include "ll.h"

/*
 * Builds a report of each type itself, allocating it in another file,
 * which sleeps: a call hw_request() makes into another file, and tests
 * of the type that hw_request() hands on.
 */
void __hw_request(struct hdev *h, int type)
{
	if (type == 1)
		ll_alloc_report(h, 8);
	else if (type == 2)
		ll_alloc_report(h, 16);
	else if (type == 3)
		ll_alloc_report(h, 32);
	else
		ll_alloc_report(h, 64);
}

/* Without ->request, builds the report itself */
void hw_request(struct hdev *h, int type)
{
	if (h->ll->request) {
		h->ll->request(h, type);
		return;
	}
	__hw_request(h, type);
}

/* Sleeps without ->raw, which ll_setup() clears */
void hw_raw(struct hdev *h)
{
	if (h->ll->raw == NULL)
		msleep(1);
	else
		h->ll->raw(h);
}

/* Sleeps without ->power, which ll_setup() copies from its caller */
void hw_power(struct hdev *h, int on)
{
	if (!h->ll->power)
		msleep(1);
	else
		h->ll->power(h, on);
}

/* Sleeps without ->idle, which a store into the other member of its union overwrites */
void hw_idle(struct hdev *h)
{
	if (h->ll->idle)
		h->ll->idle(h);
	else
		msleep(1);
}

void ll_setup(struct ll_driver *d, void (*power)(struct hdev *h, int on))
{
	d->raw = NULL;
	d->power = power;
}
