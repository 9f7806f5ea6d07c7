// SPDX-License-Identifier: GPL-2.0
/*
 * The callees of kmod-a.c's cross-file cases: only klint-link, which sees
 * both files' summaries, can join a lock there to a sleep here.
 */
#include <linux/delay.h>
#include <linux/mutex.h>
#include "kmod.h"

static DEFINE_MUTEX(kt_other_mutex);

void kt_other_sleeps(void)
{
	mutex_lock(&kt_other_mutex);
	mutex_unlock(&kt_other_mutex);
}

void kt_other_fast(void)
{
	ndelay(100);
}
