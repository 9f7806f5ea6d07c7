// SPDX-License-Identifier: GPL-2.0
/*
 * The other side of kmod-cb.c's callbacks across files: a walker that
 * calls its function with kt_walk_lock held, given callbacks of either
 * file, and functions that kmod-cb.c registers.  Only klint-link sees
 * both sides.
 */
#include <linux/compiler.h>
#include <linux/delay.h>
#include <linux/smp.h>
#include <linux/spinlock.h>
#include "kmod-cb.h"

static DEFINE_SPINLOCK(kt_walk_lock);
static int kt_items[4];

noinline void kt_walk(void (*fn)(int item))
{
	int i;

	spin_lock(&kt_walk_lock);
	for (i = 0; i < ARRAY_SIZE(kt_items); i++)
		fn(kt_items[i]);
	spin_unlock(&kt_walk_lock);
}

void kt_walk_global(void)
{
	kt_walk(kt_visit_global_sleeps);
}

void kt_walk_global_fast(void)
{
	kt_walk(kt_visit_global_fast);
}

/* Registered by kmod-cb.c as cross-CPU calls. */
void kt_ipi_other_sleeps(void *info)
{
	msleep(20);
}

void kt_ipi_other_fast(void *info)
{
	udelay(1);
}

/* Hands its function on to smp_call_function_single(): kmod-cb.c's wrapper. */
int kt_on_cpu(int cpu, smp_call_func_t fn, void *info)
{
	return smp_call_function_single(cpu, fn, info, 1);
}
