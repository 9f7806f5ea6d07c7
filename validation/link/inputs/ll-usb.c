#include "ll.h"

/* A driver with every method, in its initializer */
static int usb_start(struct hdev *h) { return 0; }
static void usb_request(struct hdev *h, int type) { }
static void usb_raw(struct hdev *h) { }
static void usb_power(struct hdev *h, int on) { }
static void usb_idle(struct hdev *h) { }

/* declared, then defined with its initializer: one object */
static struct ll_driver usb_ll;

static struct ll_driver usb_ll = {
	.start = usb_start,
	.request = usb_request,
	.raw = usb_raw,
	.power = usb_power,
	.idle = usb_idle,
};

void usb_probe(struct hdev *h)
{
	h->ll = &usb_ll;
}
