/*
 * check-name: deferred callbacks run in the context their API gives them
 * check-description: cross-CPU calls, stop_machine(), irq_work, notifier
 *	blocks on atomic chains (a static block, a block in a driver's
 *	struct, a wrapper on a well-known chain), URB completions, mac80211's
 *	_atomic iterators and fence callbacks are each checked in their
 *	context; a blocking chain, smp_call_on_cpu(), a work item and a
 *	callback that does not sleep stay silent.
 *
 * check-error-start
callbacks/deferred.c:83:9: warning: mutex_lock() may sleep while in hard interrupt context (preempt count 0x10000) [-Watomic-sleep]
callbacks/deferred.c:170:9: note: ipi_fn() is registered here by smp_call_function_single() and runs in hard interrupt context (a cross-CPU call) with interrupts disabled
callbacks/deferred.c:88:9: warning: msleep() may sleep while preemption is disabled (preempt count 0x1) [-Watomic-sleep]
callbacks/deferred.c:172:9: note: cond_fn() is registered here by on_each_cpu_cond_mask() and runs with preemption disabled
callbacks/deferred.c:94:9: warning: kmalloc(GFP_KERNEL) may sleep while in hard interrupt context (preempt count 0x10000) [-Watomic-sleep]
callbacks/deferred.c:172:9: note: each_fn() is registered here by on_each_cpu_cond_mask() and runs in hard interrupt context (a cross-CPU call) with interrupts disabled
callbacks/deferred.c:99:9: warning: msleep() may sleep while preemption is disabled (preempt count 0x1) [-Watomic-sleep]
callbacks/deferred.c:174:9: note: stop_fn() is registered here by stop_machine() and runs in a CPU stopper with interrupts disabled on every CPU
callbacks/deferred.c:105:9: warning: msleep() may sleep while in hard interrupt context (preempt count 0x10000) [-Watomic-sleep]
callbacks/deferred.c:175:9: note: work_fn() is registered here by init_irq_work() and runs in hard interrupt context
callbacks/deferred.c:110:9: warning: msleep() may sleep while inside an RCU read-side critical section (preempt count 0x1) [-Watomic-sleep]
callbacks/deferred.c:176:9: note: panic_fn() is registered here by atomic_notifier_chain_register() and runs on an atomic notifier chain; atomic chains call their blocks under rcu_read_lock()
callbacks/deferred.c:126:9: warning: mutex_lock() may sleep while inside an RCU read-side critical section (preempt count 0x1) [-Watomic-sleep]
callbacks/deferred.c:179:9: note: die_fn() is registered here by register_die_notifier() and runs on an atomic notifier chain; atomic chains call their blocks under rcu_read_lock()
callbacks/deferred.c:132:9: warning: msleep() may sleep while in softirq context (preempt count 0x200) [-Watomic-sleep]
callbacks/deferred.c:180:9: note: urb_done() is registered here by usb_fill_bulk_urb() and runs in interrupt context
callbacks/deferred.c:137:9: warning: msleep() may sleep while inside an RCU read-side critical section (preempt count 0x1) [-Watomic-sleep]
callbacks/deferred.c:181:9: note: iter_fn() is registered here by ieee80211_iterate_active_interfaces_atomic() and runs under rcu_read_lock()
callbacks/deferred.c:142:9: warning: kmalloc(GFP_KERNEL) may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
callbacks/deferred.c:182:16: note: fence_fn() is registered here by dma_fence_add_callback() and runs with a spinlock held and interrupts disabled
 * check-error-end
 */
#include "../include/kapi.h"

struct notifier_block {
	int (*notifier_call)(struct notifier_block *nb, unsigned long action, void *data);
	struct notifier_block *next;
	int priority;
};
struct atomic_notifier_head { int lock; struct notifier_block *head; };
struct blocking_notifier_head { int rwsem; struct notifier_block *head; };
struct irq_work { int node; void (*func)(struct irq_work *); };
struct urb { void *context; void (*complete)(struct urb *); };
struct usb_device { int devnum; };
struct ieee80211_hw { void *priv; };
struct ieee80211_vif { int type; };
struct dma_fence { int seqno; };
struct dma_fence_cb;
typedef void (*dma_fence_func_t)(struct dma_fence *fence, struct dma_fence_cb *cb);
struct dma_fence_cb { dma_fence_func_t func; };
struct work_struct { void (*func)(struct work_struct *); };

void smp_call_function_single(int cpu, void (*func)(void *), void *info, int wait);
void on_each_cpu_cond_mask(int (*cond_func)(int cpu, void *info), void (*func)(void *),
			   void *info, int wait, const void *mask);
int smp_call_on_cpu(unsigned int cpu, int (*func)(void *), void *par, int phys);
int stop_machine(int (*fn)(void *), void *data, const void *cpus);
static inline void init_irq_work(struct irq_work *work, void (*func)(struct irq_work *))
{
	work->func = func;
}
int atomic_notifier_chain_register(struct atomic_notifier_head *nh, struct notifier_block *nb);
int blocking_notifier_chain_register(struct blocking_notifier_head *nh, struct notifier_block *nb);
int register_die_notifier(struct notifier_block *nb);
static inline void usb_fill_bulk_urb(struct urb *urb, struct usb_device *dev, unsigned int pipe,
				     void *buf, int len, void (*complete_fn)(struct urb *),
				     void *context)
{
	urb->complete = complete_fn;
	urb->context = context;
}
void ieee80211_iterate_active_interfaces_atomic(struct ieee80211_hw *hw, unsigned int flags,
		void (*iterator)(void *data, unsigned char *mac, struct ieee80211_vif *vif),
		void *data);
int dma_fence_add_callback(struct dma_fence *fence, struct dma_fence_cb *cb, dma_fence_func_t func);

extern struct atomic_notifier_head panic_notifier_list;
static struct blocking_notifier_head reboot_list;
static struct mutex m;

static void ipi_fn(void *info)
{
	mutex_lock(&m);
}

static int cond_fn(int cpu, void *info)
{
	msleep(1);
	return 1;
}

static void each_fn(void *info)
{
	kmalloc(8, GFP_KERNEL);
}

static int stop_fn(void *data)
{
	msleep(1);
	return 0;
}

static void work_fn(struct irq_work *w)
{
	msleep(1);
}

static int panic_fn(struct notifier_block *nb, unsigned long action, void *data)
{
	msleep(1);
	return 0;
}

static struct notifier_block panic_nb = { .notifier_call = panic_fn };

struct drv {
	int id;
	struct notifier_block die_nb;
	struct urb urb;
	struct irq_work iw;
	struct dma_fence_cb cb;
};

static int die_fn(struct notifier_block *nb, unsigned long action, void *data)
{
	mutex_lock(&m);
	return 0;
}

static void urb_done(struct urb *urb)
{
	msleep(1);
}

static void iter_fn(void *data, unsigned char *mac, struct ieee80211_vif *vif)
{
	msleep(1);
}

static void fence_fn(struct dma_fence *f, struct dma_fence_cb *cb)
{
	kmalloc(8, GFP_KERNEL);
}

/* Silent: a blocking chain calls its blocks from a task. */
static int reboot_fn(struct notifier_block *nb, unsigned long action, void *data)
{
	msleep(1);
	return 0;
}

static struct notifier_block reboot_nb = { .notifier_call = reboot_fn };

/* Silent: smp_call_on_cpu() runs it from a work item. */
static int on_cpu_fn(void *par)
{
	msleep(1);
	return 0;
}

/* Silent: it does not sleep. */
static void quick_ipi(void *info)
{
	udelay(1);
}

int drv_probe(struct drv *d, struct usb_device *udev, struct ieee80211_hw *hw,
	      struct dma_fence *f)
{
	smp_call_function_single(1, ipi_fn, 0, 1);
	smp_call_function_single(2, quick_ipi, 0, 1);
	on_each_cpu_cond_mask(cond_fn, each_fn, 0, 1, 0);
	smp_call_on_cpu(0, on_cpu_fn, 0, 0);
	stop_machine(stop_fn, 0, 0);
	init_irq_work(&d->iw, work_fn);
	atomic_notifier_chain_register(&panic_notifier_list, &panic_nb);
	blocking_notifier_chain_register(&reboot_list, &reboot_nb);
	d->die_nb.notifier_call = die_fn;
	register_die_notifier(&d->die_nb);
	usb_fill_bulk_urb(&d->urb, udev, 0, 0, 0, urb_done, d);
	ieee80211_iterate_active_interfaces_atomic(hw, 0, iter_fn, d);
	return dma_fence_add_callback(f, &d->cb, fence_fn);
}
