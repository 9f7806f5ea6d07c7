// SPDX-License-Identifier: GPL-2.0
/*
 * guard() and scoped_guard(): the lock is held to the end of the scope,
 * released by a cleanup the compiler runs.  Built only where the tree has
 * lock guards (see Kbuild).
 */
#include <linux/cleanup.h>
#include <linux/delay.h>
#include <linux/mutex.h>
#include <linux/rcupdate.h>
#include <linux/spinlock.h>

static DEFINE_SPINLOCK(kt_guard_lock);
static DEFINE_MUTEX(kt_guard_mutex);

void kt_guard_sleeps(void);
void kt_guard_after(void);
void kt_scoped_sleeps(void);
void kt_scoped_after(void);
void kt_guard_rcu_sleeps(void);
void kt_guard_mutex_sleeps(void);

void kt_guard_sleeps(void)
{
	guard(spinlock)(&kt_guard_lock);
	msleep(1);
}

void kt_guard_after(void)
{
	{
		guard(spinlock)(&kt_guard_lock);
		udelay(1);
	}
	msleep(1);
}

void kt_scoped_sleeps(void)
{
	scoped_guard(spinlock_irqsave, &kt_guard_lock)
		msleep(1);
}

void kt_scoped_after(void)
{
	scoped_guard(spinlock_irqsave, &kt_guard_lock)
		udelay(1);
	msleep(1);
}

void kt_guard_rcu_sleeps(void)
{
	guard(rcu)();
	mutex_lock(&kt_guard_mutex);
	mutex_unlock(&kt_guard_mutex);
}

/* A mutex is a sleeping lock: holding one is no atomic context. */
void kt_guard_mutex_sleeps(void)
{
	guard(mutex)(&kt_guard_mutex);
	msleep(1);
}
