// SPDX-License-Identifier: GPL-2.0
/*
 * A driver-shaped example for `make demo`: the bug is two calls away from
 * the lock, behind a helper that looks harmless where it is called.
 */
#include "kapi.h"

struct demo_dev {
	spinlock_t lock;
	void *buf;
	int pending;
};

static void *demo_alloc(size_t n, gfp_t gfp)
{
	return kzalloc(n, gfp);
}

static void demo_refill(struct demo_dev *dev)
{
	if (!dev->buf)
		dev->buf = demo_alloc(4096, GFP_KERNEL);
}

void demo_kick(struct demo_dev *dev)
{
	unsigned long flags;

	spin_lock_irqsave(&dev->lock, flags);
	dev->pending++;
	demo_refill(dev);
	spin_unlock_irqrestore(&dev->lock, flags);
}

/* The fix: allocate before taking the lock. */
void demo_kick_fixed(struct demo_dev *dev)
{
	unsigned long flags;
	void *buf = demo_alloc(4096, GFP_KERNEL);

	spin_lock_irqsave(&dev->lock, flags);
	dev->pending++;
	if (!dev->buf) {
		dev->buf = buf;
		buf = NULL;
	}
	spin_unlock_irqrestore(&dev->lock, flags);
	kfree(buf);
}
