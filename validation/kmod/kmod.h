/* SPDX-License-Identifier: GPL-2.0 */
#ifndef KLINT_KMOD_H
#define KLINT_KMOD_H

/* kmod-b.c: reached from kmod-a.c's locked sections, seen by klint-link. */
void kt_other_sleeps(void);
void kt_other_fast(void);

#endif
