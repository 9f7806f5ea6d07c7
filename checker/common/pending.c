// SPDX-License-Identifier: GPL-2.0
#include <string.h>

#include "arena.h"
#include "pending.h"

struct point *pending_point_new(struct pending *p, enum point_kind kind, struct loc pos)
{
	struct point *pt = arena_alloc(sizeof(*pt));

	memset(pt, 0, sizeof(*pt));
	pt->kind = kind;
	pt->term = -1;
	pt->pos = pos;
	if (!p->tail)
		p->tail = &p->points;
	*p->tail = pt;
	p->tail = &pt->next;
	return pt;
}

static void join_term_case(struct term_case *into, const struct term_case *from)
{
	kstate_join(&into->s, &from->s);
	into->must &= from->must;
	into->may |= from->may;
}

void pending_add_ret(struct pending *p, unsigned int classes, const struct term_case *tc)
{
	int i;

	if (tc->may)
		p->rets_open = true;
	for (i = 0; i < p->nr_rets; i++) {
		struct ret_case *r = &p->rets[i];

		if (r->classes == classes && r->tc.must == tc->must && r->tc.may == tc->may) {
			join_term_case(&r->tc, tc);
			return;
		}
	}
	if (p->nr_rets == MAX_RETS) {
		struct ret_case *last = &p->rets[MAX_RETS - 1];

		last->classes |= classes;
		join_term_case(&last->tc, tc);
		return;
	}
	p->rets[p->nr_rets].classes = classes;
	p->rets[p->nr_rets++].tc = *tc;
}

bool pending_open(const struct pending *p)
{
	return p->points || p->rets_open;
}

/* Whether the call's argument makes @vc's test false, as @vc assumes. */
static bool value_case_holds(const struct value_case *vc, const struct point_args *args,
			     const struct value_case *in)
{
	int i = vc->arg - 1;
	unsigned long long clear = 0;
	bool known = false;
	long long v = 0;

	if (!args || i < 0 || i >= MAX_POINT_ARGS)
		return false;
	if (args->known & (1UL << i)) {
		known = true;
		v = args->val[i];
	} else if (in && in->arg > 0 && args->param[i] == in->arg) {
		if (vc->ne && in->ne)
			return in->value == vc->value;
		if (vc->set)
			return in->set && !((unsigned long long)vc->value & ~(unsigned long long)in->value);
		known = !in->mask && !in->set && !in->ne;
		v = in->value;
		clear = in->mask ? (unsigned long long)in->value : 0;
	}
	if (vc->ne)
		return known ? v != vc->value : !vc->value && (args->nonnull & (1UL << i));
	if (vc->set)
		return known && !((unsigned long long)vc->value & ~(unsigned long long)v);
	if (!vc->mask)
		return known && v == vc->value;
	if (known)
		return !(v & vc->value);
	return clear && !((unsigned long long)vc->value & ~clear);
}

const struct expect *value_case_expect(const struct value_case *vc, int n,
				       const struct expect *base,
				       const struct point_args *args,
				       const struct value_case *in)
{
	const struct expect *best = base;
	int i;

	for (i = 0; i < n; i++) {
		if (!value_case_holds(&vc[i], args, in))
			continue;
		if (expect_is_any(&vc[i].expect))
			return &vc[i].expect;
		if (best == base)
			best = &vc[i].expect;
	}
	return best;
}
