/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The source attribute, klint's preempt_count annotation in C:
 *
 *	__attribute__((klint_preempt("adjust=1 expect=0..")))
 *
 * Words: adjust=N (change of the preempt depth), expect=RANGE (entry
 * depths allowed: N, A..B, A.., ..B), process (may sleep: every kind of
 * atomicity zero at entry), unchecked (trust it: do not compare it with
 * what the body does).
 */
#ifndef KS_ATTRIBUTE_H
#define KS_ATTRIBUTE_H

#include <stdbool.h>

#include "range.h"

struct declared {
	bool has_adjust, has_expect, process, unchecked;
	long adjust;
	struct range expect;
};

struct expect;

/* Returns 0, or -1 with a reason in @err. */
int attribute_parse(const char *text, struct declared *d, char *err, int errlen);

/* The entry states @d allows, for callers and for the body. */
void attribute_expect(const struct declared *d, struct expect *e);

#endif
