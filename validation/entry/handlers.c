/*
 * check-name: handlers, timers, tasklets, RCU and NAPI callbacks run in interrupt context
 * check-description: each registration API of annotations/entry.tbl and
 *	sleep.tbl, and the struct fields of @entry-field; a threaded
 *	handler, a work item and a kthread stay silent.
 *
 * check-error-start
entry/handlers.c:57:9: warning: mutex_lock() may sleep while in hard interrupt context (preempt count 0x10000) [-Watomic-sleep]
entry/handlers.c:141:16: note: my_irq() is registered here by request_irq() and runs in hard interrupt context
entry/handlers.c:71:9: warning: kmalloc(GFP_KERNEL) may sleep while in softirq context (preempt count 0x200) [-Watomic-sleep]
entry/handlers.c:133:9: note: my_timer() is registered here by init_timer_key() and runs in softirq context
entry/handlers.c:76:9: warning: msleep() may sleep while in softirq context (preempt count 0x200) [-Watomic-sleep]
entry/handlers.c:135:9: note: my_tasklet() is registered here by tasklet_setup() and runs in softirq context
entry/handlers.c:81:9: warning: msleep() may sleep while in softirq context (preempt count 0x200) [-Watomic-sleep]
entry/handlers.c:136:9: note: my_rcu() is registered here by call_rcu() and runs in softirq context
entry/handlers.c:86:9: warning: msleep() may sleep while in softirq context (preempt count 0x200) [-Watomic-sleep]
entry/handlers.c:137:9: note: my_poll() is registered here by netif_napi_add_weight() and runs in softirq context
entry/handlers.c:98:9: warning: msleep() may sleep while in hard interrupt context (preempt count 0x10000) [-Watomic-sleep]
entry/handlers.c:138:21: note: my_hrtimer() is stored here in hrtimer.function and runs in hard interrupt context (entry.tbl:24)
entry/handlers.c:104:9: warning: msleep() may sleep while in softirq context (preempt count 0x200) [-Watomic-sleep]
entry/handlers.c:107:45: note: static_timer() is stored here in timer_list.function and runs in softirq context (entry.tbl:30)
entry/handlers.c:112:9: warning: msleep() may sleep while in softirq context (preempt count 0x200) [-Watomic-sleep]
entry/handlers.c:115:49: note: declared_tasklet() is stored here in tasklet_struct.callback and runs in softirq context (entry.tbl:34)
 * check-error-end
 */
#include "../include/kapi.h"

typedef int irqreturn_t;
typedef irqreturn_t (*irq_handler_t)(int, void *);
struct timer_list { void (*function)(struct timer_list *); };
struct hrtimer { int (*function)(struct hrtimer *); };
struct tasklet_struct { void (*func)(unsigned long); void (*callback)(struct tasklet_struct *); };
struct work_struct { void (*func)(struct work_struct *); };
struct rcu_head { void *next; };
struct napi_struct { int state; };
struct net_device { int flags; };

int request_threaded_irq(unsigned int irq, irq_handler_t handler, irq_handler_t thread_fn,
			 unsigned long flags, const char *name, void *dev);
static inline int request_irq(unsigned int irq, irq_handler_t handler, unsigned long flags,
			      const char *name, void *dev)
{
	return request_threaded_irq(irq, handler, 0, flags, name, dev);
}
void init_timer_key(struct timer_list *timer, void (*func)(struct timer_list *),
		    unsigned int flags, const char *name, void *key);
#define timer_setup(t, f, fl)	init_timer_key((t), (f), (fl), 0, 0)
void tasklet_setup(struct tasklet_struct *t, void (*cb)(struct tasklet_struct *));
void call_rcu(struct rcu_head *head, void (*func)(struct rcu_head *));
void netif_napi_add_weight(struct net_device *dev, struct napi_struct *napi,
			   int (*poll)(struct napi_struct *, int), int weight);

static struct mutex m;

static irqreturn_t my_irq(int irq, void *data)
{
	mutex_lock(&m);
	mutex_unlock(&m);
	return 1;
}

/* Silent: the threaded handler runs in a kernel thread. */
static irqreturn_t my_thread(int irq, void *data)
{
	msleep(1);
	return 1;
}

static void my_timer(struct timer_list *t)
{
	kmalloc(16, GFP_KERNEL);
}

static void my_tasklet(struct tasklet_struct *t)
{
	msleep(1);
}

static void my_rcu(struct rcu_head *h)
{
	msleep(1);
}

static int my_poll(struct napi_struct *n, int budget)
{
	msleep(1);
	return 0;
}

/* Silent: it only busy-waits. */
static void quick_timer(struct timer_list *t)
{
	udelay(1);
}

static int my_hrtimer(struct hrtimer *h)
{
	msleep(1);
	return 0;
}

static void static_timer(struct timer_list *t)
{
	msleep(1);
}

static struct timer_list st = { .function = static_timer };

/* DECLARE_TASKLET() stores the callback in an initializer. */
static void declared_tasklet(struct tasklet_struct *t)
{
	msleep(1);
}

static struct tasklet_struct dt = { .callback = declared_tasklet };

/* Silent: a work item runs in a kernel thread. */
static void my_work(struct work_struct *w)
{
	msleep(1);
}

static struct timer_list t1, t2;
static struct tasklet_struct tl;
static struct rcu_head rh;
static struct napi_struct napi;
static struct net_device nd;
static struct hrtimer hr;
static struct work_struct wk;

int setup(int irq)
{
	timer_setup(&t1, my_timer, 0);
	timer_setup(&t2, quick_timer, 0);
	tasklet_setup(&tl, my_tasklet);
	call_rcu(&rh, my_rcu);
	netif_napi_add_weight(&nd, &napi, my_poll, 64);
	hr.function = my_hrtimer;
	wk.func = my_work;
	request_threaded_irq(irq + 1, 0, my_thread, 0, "t", 0);
	return request_irq(irq, my_irq, 0, "x", 0);
}
