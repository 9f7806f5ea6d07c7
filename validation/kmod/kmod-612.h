/* SPDX-License-Identifier: GPL-2.0 */
#ifndef KLINT_KMOD_612_H
#define KLINT_KMOD_612_H

#include <linux/types.h>

/* kmod-612.c: each shape, then its silent twin. */
void kt612_kmalloc_sleeps(void);
void kt612_kmalloc_atomic(void);
void kt612_kzalloc_sleeps(size_t n);
void kt612_kzalloc_nowait(size_t n);
void kt612_kcalloc_sleeps(size_t n);
void kt612_kcalloc_atomic(size_t n);
void kt612_vmalloc_sleeps(void);
void kt612_vmalloc_after(void);
void kt612_kvmalloc_sleeps(void);
void kt612_kvmalloc_atomic(void);
void kt612_free_sleeps(void);
void kt612_free_after(void);
void kt612_kvfree_sleeps(void);
void kt612_kfree_atomic(void);
void kt612_try_sleeps(void);
void kt612_try_failed(void);
void kt612_bh_queue(void);
void kt612_wq_queue(void);
void kt612_helper_sleeps(void);
void kt612_helper_after(void);
void kt612_rcu_sleeps(void);
void kt612_rcu_after(void);

#endif
