#include "../../include/kapi.h"
#include "ll.h"

/* Without ->request, builds the report itself, which sleeps */
void hw_request(struct hdev *h, int type)
{
	if (h->ll->request) {
		h->ll->request(h, type);
		return;
	}
	msleep(1);
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
