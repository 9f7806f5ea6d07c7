// SPDX-License-Identifier: GPL-2.0
/*
 * klint-sparse's own kernel-module test (validation/kernel-tree.sh): one
 * function per shape the checker claims to find, each followed by a
 * silent twin that differs only in what makes it safe.  A report in a
 * twin is a false positive, a missing one a regression: expected* lists
 * every report exactly.
 */
#include <linux/delay.h>
#include <linux/gfp.h>
#include <linux/interrupt.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/preempt.h>
#include <linux/rcupdate.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/timer.h>
#include "kmod.h"

static DEFINE_SPINLOCK(kt_lock);
static DEFINE_MUTEX(kt_mutex);
static void *kt_buf;

void kt_spin_sleeps(void);
void kt_spin_delays(void);
void kt_irqsave_sleeps(void);
void kt_irqsave_after(void);
void kt_bh_sleeps(void);
void kt_bh_atomic(void);
void kt_rcu_sleeps(void);
void kt_rcu_nowait(void);
void kt_preempt_sleeps(void);
void kt_preempt_after(void);
void kt_irqs_off_sleeps(void);
void kt_irqs_off_delays(void);
void kt_gfp_zero(void);
void kt_gfp_nowarn(void);
void kt_gfp_passed_kernel(void);
void kt_gfp_passed_atomic(void);
void kt_cross_sleeps(void);
void kt_cross_fast(void);
struct kt_ops;
struct kt_quick_ops;
void kt_field_sleeps(const struct kt_ops *ops);
void kt_field_fast(const struct kt_quick_ops *ops);
int kt_setup(int irq);

/* Spinlock held. */
void kt_spin_sleeps(void)
{
	spin_lock(&kt_lock);
	msleep(1);
	spin_unlock(&kt_lock);
}

void kt_spin_delays(void)
{
	spin_lock(&kt_lock);
	udelay(1);
	spin_unlock(&kt_lock);
}

/* Spinlock held with interrupts off. */
void kt_irqsave_sleeps(void)
{
	unsigned long flags;

	spin_lock_irqsave(&kt_lock, flags);
	mutex_lock(&kt_mutex);
	mutex_unlock(&kt_mutex);
	spin_unlock_irqrestore(&kt_lock, flags);
}

void kt_irqsave_after(void)
{
	unsigned long flags;

	spin_lock_irqsave(&kt_lock, flags);
	spin_unlock_irqrestore(&kt_lock, flags);
	mutex_lock(&kt_mutex);
	mutex_unlock(&kt_mutex);
}

/* Spinlock held with bottom halves off. */
void kt_bh_sleeps(void)
{
	spin_lock_bh(&kt_lock);
	kt_buf = kmalloc(32, GFP_KERNEL);
	spin_unlock_bh(&kt_lock);
}

void kt_bh_atomic(void)
{
	spin_lock_bh(&kt_lock);
	kt_buf = kmalloc(32, GFP_ATOMIC);
	spin_unlock_bh(&kt_lock);
}

/* RCU read-side critical section. */
void kt_rcu_sleeps(void)
{
	rcu_read_lock();
	mutex_lock(&kt_mutex);
	mutex_unlock(&kt_mutex);
	rcu_read_unlock();
}

void kt_rcu_nowait(void)
{
	rcu_read_lock();
	kt_buf = kmalloc(32, GFP_NOWAIT);
	rcu_read_unlock();
}

/* Preemption off. */
void kt_preempt_sleeps(void)
{
	preempt_disable();
	msleep(1);
	preempt_enable();
}

void kt_preempt_after(void)
{
	preempt_disable();
	preempt_enable();
	msleep(1);
}

/* Interrupts off, no lock. */
void kt_irqs_off_sleeps(void)
{
	unsigned long flags;

	local_irq_save(flags);
	msleep(1);
	local_irq_restore(flags);
}

void kt_irqs_off_delays(void)
{
	unsigned long flags;

	local_irq_save(flags);
	udelay(1);
	local_irq_restore(flags);
}

/* GFP masks: what matters is whether the mask allows reclaim. */
void kt_gfp_zero(void)
{
	spin_lock(&kt_lock);
	kt_buf = kmalloc(32, GFP_KERNEL | __GFP_ZERO);
	spin_unlock(&kt_lock);
}

void kt_gfp_nowarn(void)
{
	spin_lock(&kt_lock);
	kt_buf = kmalloc(32, GFP_NOWAIT | __GFP_NOWARN);
	spin_unlock(&kt_lock);
}

/* A mask passed down: the callee sleeps only for some of its callers. */
static noinline void *kt_get(size_t n, gfp_t gfp)
{
	return kzalloc(n, gfp);
}

void kt_gfp_passed_kernel(void)
{
	spin_lock(&kt_lock);
	kt_buf = kt_get(16, GFP_KERNEL);
	spin_unlock(&kt_lock);
}

void kt_gfp_passed_atomic(void)
{
	spin_lock(&kt_lock);
	kt_buf = kt_get(16, GFP_ATOMIC);
	spin_unlock(&kt_lock);
}

/* Across the module's two files: klint-link's report. */
void kt_cross_sleeps(void)
{
	spin_lock(&kt_lock);
	kt_other_sleeps();
	spin_unlock(&kt_lock);
}

void kt_cross_fast(void)
{
	spin_lock(&kt_lock);
	kt_other_fast();
	spin_unlock(&kt_lock);
}

/* Calls through a struct field reach what is stored in it. */
struct kt_ops {
	void (*run)(void);
};

struct kt_quick_ops {
	void (*run)(void);
};

static void kt_run_sleeps(void)
{
	msleep(1);
}

static void kt_run_fast(void)
{
	udelay(1);
}

const struct kt_ops kt_slow_ops = { .run = kt_run_sleeps };
const struct kt_quick_ops kt_fast_ops = { .run = kt_run_fast };

void kt_field_sleeps(const struct kt_ops *ops)
{
	spin_lock(&kt_lock);
	ops->run();
	spin_unlock(&kt_lock);
}

void kt_field_fast(const struct kt_quick_ops *ops)
{
	spin_lock(&kt_lock);
	ops->run();
	spin_unlock(&kt_lock);
}

/*
 * Handlers: a timer runs in softirq context, a hard interrupt handler
 * with interrupts off; a threaded handler's thread may sleep.
 */
static void kt_timer_sleeps(struct timer_list *t)
{
	kt_buf = kmalloc(16, GFP_KERNEL);
}

static void kt_timer_atomic(struct timer_list *t)
{
	kt_buf = kmalloc(16, GFP_ATOMIC);
}

static irqreturn_t kt_irq_sleeps(int irq, void *data)
{
	mutex_lock(&kt_mutex);
	mutex_unlock(&kt_mutex);
	return IRQ_HANDLED;
}

static irqreturn_t kt_irq_quick(int irq, void *data)
{
	return IRQ_WAKE_THREAD;
}

static irqreturn_t kt_irq_thread(int irq, void *data)
{
	mutex_lock(&kt_mutex);
	mutex_unlock(&kt_mutex);
	return IRQ_HANDLED;
}

static struct timer_list kt_timer1, kt_timer2;

int kt_setup(int irq)
{
	int ret;

	timer_setup(&kt_timer1, kt_timer_sleeps, 0);
	timer_setup(&kt_timer2, kt_timer_atomic, 0);
	ret = request_irq(irq, kt_irq_sleeps, 0, "kt", NULL);
	if (ret)
		return ret;
	return request_threaded_irq(irq + 1, kt_irq_quick, kt_irq_thread, 0,
				    "kt-thread", NULL);
}

MODULE_LICENSE("GPL");
