#include "bh-work.h"

struct priv {
	struct work_struct bh_work;
	struct work_struct work;
	struct delayed_work poll;
	struct workqueue_struct *wq;
	void *buf;
};

/* On a BH workqueue, but nothing in it sleeps. */
static void priv_bh(struct work_struct *w)
{
	struct priv *p = (struct priv *)w;

	p->buf = kmalloc(64, GFP_ATOMIC);
}

/* Process context: system_wq and a workqueue without WQ_BH */
static void priv_work(struct work_struct *w)
{
	msleep(1);
}

static void priv_poll(struct work_struct *w)
{
	mutex_lock(NULL);
}

int priv_start(struct priv *p)
{
	INIT_WORK(&p->bh_work, priv_bh);
	INIT_WORK(&p->work, priv_work);
	INIT_DELAYED_WORK(&p->poll, priv_poll);
	p->wq = alloc_workqueue("priv", WQ_UNBOUND | WQ_HIGHPRI, 0);
	if (!p->wq)
		return -1;
	queue_work(system_bh_wq, &p->bh_work);
	queue_work(system_wq, &p->work);
	queue_delayed_work(p->wq, &p->poll, 10);
	return 0;
}

/*
 * check-name: work items on process-context workqueues, or that do not sleep, are silent
 * check-command: klint-sparse --kernel-version=6.12 $file
 *
 * check-error-start
 * check-error-end
 */
