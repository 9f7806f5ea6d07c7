// SPDX-License-Identifier: GPL-2.0
/*
 * Callbacks: functions handed to an API or stored in a framework's ops,
 * checked in the context their caller gives them.  As in kmod-a.c, each
 * shape has a silent twin that differs only in what makes it safe.
 */
#include <linux/delay.h>
#include <linux/fdtable.h>
#include <linux/interrupt.h>
#include <linux/irq_work.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/netdevice.h>
#include <linux/notifier.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/smp.h>
#include <linux/spinlock.h>
#include <linux/usb.h>
#include <linux/workqueue.h>
#include "kmod-cb.h"

static DEFINE_SPINLOCK(kt_cb_lock);
static DEFINE_MUTEX(kt_cb_mutex);
static void *kt_cb_buf;

/*
 * Synchronous callbacks: kt_walk() (kmod-cb-other.c) calls them with its
 * spinlock held, whichever file hands them over.
 */
static void kt_visit_sleeps(int item)
{
	msleep(item);
}

static void kt_visit_fast(int item)
{
	udelay(item);
}

void kt_walk_static(void)
{
	kt_walk(kt_visit_sleeps);
}

void kt_walk_static_fast(void)
{
	kt_walk(kt_visit_fast);
}

void kt_visit_global_sleeps(int item)
{
	mutex_lock(&kt_cb_mutex);
	mutex_unlock(&kt_cb_mutex);
}

void kt_visit_global_fast(int item)
{
	ndelay(item);
}

/* iterate_fd() calls its function under files->file_lock. */
static int kt_fd_sleeps(const void *p, struct file *file, unsigned int fd)
{
	kt_cb_buf = kmalloc(16, GFP_KERNEL);
	return 0;
}

static int kt_fd_fast(const void *p, struct file *file, unsigned int fd)
{
	kt_cb_buf = kmalloc(16, GFP_ATOMIC);
	return 0;
}

int kt_fd_walk(void)
{
	return iterate_fd(current->files, 0, kt_fd_sleeps, NULL);
}

int kt_fd_walk_fast(void)
{
	return iterate_fd(current->files, 0, kt_fd_fast, NULL);
}

/* Deferred: irq_work runs its function from a hard interrupt. */
static void kt_iw_sleeps(struct irq_work *work)
{
	msleep(20);
}

static void kt_iw_fast(struct irq_work *work)
{
	udelay(1);
}

/* IRQ_WORK_INIT() stores the function where init_irq_work() would. */
static void kt_iw_static_sleeps(struct irq_work *work)
{
	mutex_lock(&kt_cb_mutex);
	mutex_unlock(&kt_cb_mutex);
}

static void kt_iw_static_fast(struct irq_work *work)
{
	ndelay(100);
}

static struct irq_work kt_iw3 = IRQ_WORK_INIT(kt_iw_static_sleeps);
static struct irq_work kt_iw4 = IRQ_WORK_INIT(kt_iw_static_fast);

/* A cross-CPU call runs on the other CPU from the IPI. */
static void kt_ipi_sleeps(void *info)
{
	kt_cb_buf = kzalloc(16, GFP_KERNEL);
}

static void kt_ipi_fast(void *info)
{
	kt_cb_buf = kzalloc(16, GFP_ATOMIC);
}

/*
 * An atomic notifier chain calls its blocks under rcu_read_lock(); a
 * blocking chain calls them from a task.
 */
static int kt_event_sleeps(struct notifier_block *nb, unsigned long action,
			   void *data)
{
	mutex_lock(&kt_cb_mutex);
	mutex_unlock(&kt_cb_mutex);
	return NOTIFY_OK;
}

static int kt_event_fast(struct notifier_block *nb, unsigned long action,
			 void *data)
{
	return NOTIFY_DONE;
}

static int kt_event_blocking(struct notifier_block *nb, unsigned long action,
			     void *data)
{
	mutex_lock(&kt_cb_mutex);
	mutex_unlock(&kt_cb_mutex);
	return NOTIFY_OK;
}

static ATOMIC_NOTIFIER_HEAD(kt_atomic_chain);
static BLOCKING_NOTIFIER_HEAD(kt_blocking_chain);
static struct notifier_block kt_nb_sleeps = {
	.notifier_call = kt_event_sleeps,
};
static struct notifier_block kt_nb_fast = {
	.notifier_call = kt_event_fast,
};
static struct notifier_block kt_nb_blocking = {
	.notifier_call = kt_event_blocking,
};

/* A URB's completion runs in interrupt context. */
static void kt_urb_sleeps(struct urb *urb)
{
	msleep(20);
}

static void kt_urb_fast(struct urb *urb)
{
	udelay(1);
}

/* A work item runs in a task: sleeping is fine. */
static void kt_work_sleeps(struct work_struct *work)
{
	msleep(20);
}

static struct irq_work kt_iw1, kt_iw2;
static struct work_struct kt_work;
static u8 kt_urb_data[2][8];

int kt_cb_setup(struct usb_device *udev, struct urb *slow, struct urb *fast)
{
	int ret;

	init_irq_work(&kt_iw1, kt_iw_sleeps);
	init_irq_work(&kt_iw2, kt_iw_fast);
	INIT_WORK(&kt_work, kt_work_sleeps);
	usb_fill_bulk_urb(slow, udev, usb_sndbulkpipe(udev, 1),
			  kt_urb_data[0], sizeof(kt_urb_data[0]),
			  kt_urb_sleeps, NULL);
	usb_fill_bulk_urb(fast, udev, usb_sndbulkpipe(udev, 2),
			  kt_urb_data[1], sizeof(kt_urb_data[1]),
			  kt_urb_fast, NULL);
	ret = smp_call_function_single(0, kt_ipi_sleeps, NULL, 1);
	if (ret)
		return ret;
	ret = smp_call_function_single(0, kt_ipi_fast, NULL, 1);
	if (ret)
		return ret;
	/* Defined in kmod-cb-other.c: klint-link checks them. */
	ret = smp_call_function_single(1, kt_ipi_other_sleeps, NULL, 1);
	if (ret)
		return ret;
	ret = smp_call_function_single(1, kt_ipi_other_fast, NULL, 1);
	if (ret)
		return ret;
	irq_work_queue(&kt_iw3);
	irq_work_queue(&kt_iw4);
	ret = atomic_notifier_chain_register(&kt_atomic_chain, &kt_nb_sleeps);
	if (ret)
		return ret;
	ret = atomic_notifier_chain_register(&kt_atomic_chain, &kt_nb_fast);
	if (ret)
		return ret;
	return blocking_notifier_chain_register(&kt_blocking_chain,
						&kt_nb_blocking);
}

/*
 * Contracts: net_device_ops.ndo_start_xmit runs with bottom halves off,
 * ndo_open in a task (Documentation/networking/netdevices.rst).
 */
static netdev_tx_t kt_xmit_sleeps(struct sk_buff *skb, struct net_device *dev)
{
	mutex_lock(&kt_cb_mutex);
	mutex_unlock(&kt_cb_mutex);
	dev_kfree_skb_any(skb);
	return NETDEV_TX_OK;
}

static netdev_tx_t kt_xmit_fast(struct sk_buff *skb, struct net_device *dev)
{
	spin_lock(&kt_cb_lock);
	spin_unlock(&kt_cb_lock);
	dev_kfree_skb_any(skb);
	return NETDEV_TX_OK;
}

static int kt_open_sleeps(struct net_device *dev)
{
	msleep(20);
	return 0;
}

const struct net_device_ops kt_slow_netdev_ops = {
	.ndo_open = kt_open_sleeps,
	.ndo_start_xmit = kt_xmit_sleeps,
};

const struct net_device_ops kt_fast_netdev_ops = {
	.ndo_open = kt_open_sleeps,
	.ndo_start_xmit = kt_xmit_fast,
};

/*
 * A call through a field trusts its contract, not what this module
 * stores there: ndo_open may sleep, ndo_start_xmit may not.
 */
void kt_ops_open_locked(struct net_device *dev)
{
	spin_lock(&kt_cb_lock);
	dev->netdev_ops->ndo_open(dev);
	spin_unlock(&kt_cb_lock);
}

void kt_ops_xmit_locked(struct net_device *dev, struct sk_buff *skb)
{
	spin_lock_bh(&kt_cb_lock);
	dev->netdev_ops->ndo_start_xmit(skb, dev);
	spin_unlock_bh(&kt_cb_lock);
}

/*
 * Wrappers of registering APIs: the handler goes to the driver's own
 * helper, which hands it on to request_irq() or, in kmod-cb-other.c, to
 * smp_call_function_single().
 */
static noinline int kt_request(int irq, irq_handler_t handler)
{
	return request_irq(irq, handler, 0, "kt", NULL);
}

static irqreturn_t kt_wrapped_irq_sleeps(int irq, void *data)
{
	msleep(20);
	return IRQ_HANDLED;
}

static irqreturn_t kt_wrapped_irq_fast(int irq, void *data)
{
	udelay(1);
	return IRQ_HANDLED;
}

static void kt_wrapped_ipi_sleeps(void *info)
{
	mutex_lock(&kt_cb_mutex);
	mutex_unlock(&kt_cb_mutex);
}

static void kt_wrapped_ipi_fast(void *info)
{
	ndelay(100);
}

int kt_wrapped_setup(int irq)
{
	int ret;

	ret = kt_request(irq, kt_wrapped_irq_sleeps);
	if (ret)
		return ret;
	ret = kt_request(irq + 1, kt_wrapped_irq_fast);
	if (ret)
		return ret;
	ret = kt_on_cpu(0, kt_wrapped_ipi_sleeps, NULL);
	if (ret)
		return ret;
	return kt_on_cpu(0, kt_wrapped_ipi_fast, NULL);
}
