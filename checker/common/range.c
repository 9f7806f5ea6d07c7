// SPDX-License-Identifier: GPL-2.0
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "range.h"

static long clamp(long v)
{
	if (v >= RANGE_INF)
		return RANGE_INF;
	if (v <= -RANGE_INF)
		return -RANGE_INF;
	return v;
}

/* An infinite end stays infinite whatever is added to it. */
static long add_end(long a, long b, long inf)
{
	if (a == inf || b == inf)
		return inf;
	return clamp(a + b);
}

struct range range_add(struct range a, struct range b)
{
	if (range_empty(a) || range_empty(b))
		return (struct range){ 1, 0 };
	return (struct range){ add_end(a.lo, b.lo, -RANGE_INF),
			       add_end(a.hi, b.hi, RANGE_INF) };
}

struct range range_join(struct range a, struct range b)
{
	if (range_empty(a))
		return b;
	if (range_empty(b))
		return a;
	return (struct range){ a.lo < b.lo ? a.lo : b.lo,
			       a.hi > b.hi ? a.hi : b.hi };
}

struct range range_meet(struct range a, struct range b)
{
	return (struct range){ a.lo > b.lo ? a.lo : b.lo,
			       a.hi < b.hi ? a.hi : b.hi };
}

/*
 * Any bound still moving after a few rounds goes to infinity, as in klint:
 * a loop that takes a lock per iteration converges to "1.." in one step.
 */
struct range range_widen(struct range old, struct range new)
{
	struct range r = range_join(old, new);

	if (range_empty(old))
		return r;
	if (r.lo < old.lo)
		r.lo = -RANGE_INF;
	if (r.hi > old.hi)
		r.hi = RANGE_INF;
	return r;
}

bool range_contains(struct range outer, struct range inner)
{
	if (range_empty(inner))
		return true;
	return outer.lo <= inner.lo && inner.hi <= outer.hi;
}

struct range range_solve(struct range want, struct range delta)
{
	struct range r;

	r.lo = want.lo == -RANGE_INF || delta.lo == -RANGE_INF ?
		-RANGE_INF : clamp(want.lo - delta.lo);
	if (want.hi == RANGE_INF)
		r.hi = RANGE_INF;
	else if (delta.hi == RANGE_INF)
		r.hi = -RANGE_INF;
	else
		r.hi = clamp(want.hi - delta.hi);
	if (delta.lo == -RANGE_INF && want.lo != -RANGE_INF)
		r.lo = RANGE_INF;
	return r;
}

const char *range_str(struct range r, char *buf, int len)
{
	if (range_empty(r))
		snprintf(buf, len, "none");
	else if (r.lo == r.hi)
		snprintf(buf, len, "%ld", r.lo);
	else if (r.lo == -RANGE_INF && r.hi == RANGE_INF)
		snprintf(buf, len, "..");
	else if (r.hi == RANGE_INF)
		snprintf(buf, len, "%ld..", r.lo);
	else if (r.lo == -RANGE_INF)
		snprintf(buf, len, "..%ld", r.hi);
	else
		snprintf(buf, len, "%ld..%ld", r.lo, r.hi);
	return buf;
}

/* Parses "N", "A..B", "A..", "..B", "..": returns 0 on success. */
int range_parse(const char *s, struct range *r)
{
	const char *dots = strstr(s, "..");
	char *end;

	if (!dots) {
		r->lo = strtol(s, &end, 0);
		r->hi = r->lo;
		return *s && !*end ? 0 : -1;
	}
	r->lo = -RANGE_INF;
	r->hi = RANGE_INF;
	if (dots != s) {
		r->lo = strtol(s, &end, 0);
		if (end != dots)
			return -1;
	}
	if (dots[2]) {
		r->hi = strtol(dots + 2, &end, 0);
		if (*end)
			return -1;
	}
	return range_empty(*r) ? -1 : 0;
}
