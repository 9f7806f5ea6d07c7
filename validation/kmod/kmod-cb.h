/* SPDX-License-Identifier: GPL-2.0 */
#ifndef KLINT_KMOD_CB_H
#define KLINT_KMOD_CB_H

/*
 * kmod-cb-other.c: kt_walk() calls the function it is given with its lock
 * held; kmod-cb.c registers the kt_ipi_other_*() functions.
 */
void kt_walk(void (*fn)(int item));
void kt_walk_global(void);
void kt_walk_global_fast(void);
void kt_ipi_other_sleeps(void *info);
void kt_ipi_other_fast(void *info);
/* Registers @fn as a cross-CPU call, for kmod-cb.c. */
int kt_on_cpu(int cpu, void (*fn)(void *info), void *info);

/* kmod-cb.c: handed to kt_walk() by kmod-cb-other.c. */
void kt_visit_global_sleeps(int item);
void kt_visit_global_fast(int item);

/* kmod-cb.c: where its callbacks are handed over, and ops calls. */
struct net_device;
struct sk_buff;
struct urb;
struct usb_device;
void kt_walk_static(void);
void kt_walk_static_fast(void);
int kt_fd_walk(void);
int kt_fd_walk_fast(void);
int kt_cb_setup(struct usb_device *udev, struct urb *slow, struct urb *fast);
void kt_ops_open_locked(struct net_device *dev);
void kt_ops_xmit_locked(struct net_device *dev, struct sk_buff *skb);
int kt_wrapped_setup(int irq);

#endif
