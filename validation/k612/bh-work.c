#include "bh-work.h"

struct priv {
	int id;
	struct work_struct bh_work;
	struct work_struct slow_work;
	struct delayed_work poll;
	struct workqueue_struct *wq;
};

/* INIT_WORK() in a probe, queue_work(system_bh_wq) from an interrupt */
static void priv_bh(struct work_struct *w)
{
	msleep(1);
}

/* Silent: the same struct's other work item goes to system_wq. */
static void priv_slow(struct work_struct *w)
{
	msleep(1);
}

void priv_init(struct priv *p)
{
	INIT_WORK(&p->bh_work, priv_bh);
	INIT_WORK(&p->slow_work, priv_slow);
}

void priv_irq(struct priv *p)
{
	queue_work(system_bh_wq, &p->bh_work);
	schedule_work(&p->slow_work);
}

/* A delayed work item on a workqueue the driver allocated with WQ_BH */
static void priv_poll(struct work_struct *w)
{
	mutex_lock(NULL);
}

int priv_start(struct priv *p)
{
	p->wq = alloc_workqueue("priv", WQ_BH | WQ_HIGHPRI, 0);
	if (!p->wq)
		return -1;
	INIT_DELAYED_WORK(&p->poll, priv_poll);
	queue_delayed_work(p->wq, &p->poll, 10);
	return 0;
}

/* DECLARE_WORK() and the high-priority BH workqueue */
static void global_bh(struct work_struct *w)
{
	msleep(1);
}
static DECLARE_WORK(global_work, global_bh);

void kick(void)
{
	queue_work(system_bh_highpri_wq, &global_work);
}

/*
 * check-name: a work item queued on a BH workqueue runs in softirq context (6.9+)
 * check-command: klint-sparse --kernel-version=6.12 $file
 *
 * check-error-start
k612/bh-work.c:14:9: warning: msleep() may sleep while in softirq context (preempt count 0x200) [-Watomic-sleep]
k612/bh-work.c:31:9: note: priv_bh() is queued here on a BH workqueue by queue_work() and runs in softirq context
k612/bh-work.c:38:9: warning: mutex_lock() may sleep while in softirq context (preempt count 0x200) [-Watomic-sleep]
k612/bh-work.c:47:9: note: priv_poll() is queued here on a BH workqueue by queue_delayed_work() and runs in softirq context
k612/bh-work.c:54:9: warning: msleep() may sleep while in softirq context (preempt count 0x200) [-Watomic-sleep]
k612/bh-work.c:60:9: note: global_bh() is queued here on a BH workqueue by queue_work() and runs in softirq context
 * check-error-end
 */
