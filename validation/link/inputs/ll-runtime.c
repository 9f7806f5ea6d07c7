#include "ll.h"

/*
 * A driver built at run time: its methods are stored, on this path, into
 * an object that may have been allocated elsewhere without them.
 */
static void rt_request(struct hdev *h, int type) { }

static const struct ll_legacy rt_legacy[] = {
	{ rt_request },
	{ .request = rt_request },
};

void rt_fill(struct ll_driver *d, int i)
{
	d->request = rt_request;
	d->idle_cookie = 1;
	/* a copy of a field that holds an address */
	d->request = rt_legacy[i].request;
}
