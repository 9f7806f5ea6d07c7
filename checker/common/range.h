/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Integer intervals with open ends: the values a count may take.
 */
#ifndef KS_RANGE_H
#define KS_RANGE_H

#include <stdbool.h>

/* Far beyond any real nesting depth, small enough that sums cannot overflow. */
#define RANGE_INF	(1L << 40)

struct range {
	long lo, hi;	/* lo > hi: empty */
};

static inline struct range range_point(long v)
{
	return (struct range){ v, v };
}

static inline bool range_empty(struct range r)
{
	return r.lo > r.hi;
}

static inline bool range_eq(struct range a, struct range b)
{
	return a.lo == b.lo && a.hi == b.hi;
}

static inline bool range_is_point(struct range r)
{
	return r.lo == r.hi;
}

struct range range_add(struct range a, struct range b);
struct range range_join(struct range a, struct range b);
struct range range_meet(struct range a, struct range b);
struct range range_widen(struct range old, struct range new);
bool range_contains(struct range outer, struct range inner);
/* The values x such that x + d lies in @want for every d in @delta. */
struct range range_solve(struct range want, struct range delta);
/* "1", "0..2", "1.." or "..-1", in klint's notation. */
const char *range_str(struct range r, char *buf, int len);
int range_parse(const char *s, struct range *r);

#endif
