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
