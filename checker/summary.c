// SPDX-License-Identifier: GPL-2.0
#include <string.h>

#include "summary.h"

void expect_any(struct expect *e)
{
	int d;

	for (d = 0; d < NR_DIMS; d++)
		e->r[d] = (struct range){ 0, RANGE_INF };
	e->why = NULL;
}

void expect_process(struct expect *e)
{
	int d;

	for (d = 0; d < NR_DIMS; d++)
		e->r[d] = range_point(0);
	e->r[DIM_NOFAULT] = (struct range){ 0, RANGE_INF };
	e->why = NULL;
	e->unless_nofault = false;
}

void expect_fault(struct expect *e)
{
	expect_process(e);
	e->unless_nofault = true;
}

bool expect_is_any(const struct expect *e)
{
	int d;

	for (d = 0; d < NR_DIMS; d++)
		if (e->r[d].lo > 0 || e->r[d].hi < RANGE_INF)
			return false;
	return true;
}

void summary_neutral(struct summary *s)
{
	memset(s, 0, sizeof(*s));
	kstate_zero(&s->adj);
	kstate_zero(&s->adj_by[0]);
	kstate_zero(&s->adj_by[1]);
	kstate_zero(&s->adj_by[2]);
	expect_any(&s->expect);
	expect_any(&s->closed);
}

bool summary_eq(const struct summary *a, const struct summary *b)
{
	int d;

	if (!kstate_eq(&a->adj, &b->adj) || a->by_ret != b->by_ret ||
	    a->param_dep != b->param_dep)
		return false;
	for (d = 0; a->by_ret && d < 3; d++)
		if (a->returns[d] != b->returns[d] ||
		    (a->returns[d] && !kstate_eq(&a->adj_by[d], &b->adj_by[d])))
			return false;
	for (d = 0; d < NR_DIMS; d++)
		if (!range_eq(a->expect.r[d], b->expect.r[d]))
			return false;
	return a->expect.unless_nofault == b->expect.unless_nofault;
}
