// SPDX-License-Identifier: GPL-2.0
/*
 * Specializations: the summary of a function analysed with some of its
 * arguments constant, as a call passes them (GFP_ATOMIC, a flag that
 * selects a locking path), memoised per binding of the arguments the
 * summary depends on.
 *
 * It is a query with a provider, as klint's are: answering it may need the
 * analysis of the callee's body, which asks this query again for the
 * callee's own calls.  That recursion is kept here, behind
 * summary_for_call(), and the analysis is reached only through the
 * provider the solver installs, so this module needs nothing of
 * analysis.c.  It terminates: a call back into a specialization being
 * computed gets a neutral summary (spec->in_progress) where a fixed point
 * would start, a function has at most MAX_SPECS of them, and at most
 * MAX_NESTED specializations are computed inside one another; beyond
 * either, the unspecialized summary answers.  A recursion that changes
 * the values is specialized again: pskb_expand_head(GFP_ATOMIC) reaches
 * itself through skb_copy_ubufs() with __GFP_MEMALLOC added, and its
 * answer for that mask is still "does not sleep".
 */
#include "arena.h"
#include "func.h"
#include "ir.h"
#include "spec.h"

#define MAX_SPECS	16
#define MAX_NESTED	8

struct spec {
	struct binding bind;
	struct summary sum;
	bool in_progress;		/* being analysed: recursion reached it */
	struct spec *next;
};

static spec_provider *provider;
/* Specializations being computed, one inside another. */
static int nested;

void spec_set_provider(spec_provider *analyse)
{
	provider = analyse;
}

static bool same_binding(const struct binding *a, const struct binding *b,
			 unsigned long mask)
{
	int i;

	if ((a->known & mask) != (b->known & mask) ||
	    (a->nonnull & mask & ~a->known) != (b->nonnull & mask & ~b->known))
		return false;
	for (i = 0; i < MAX_BOUND_ARGS; i++) {
		if ((a->known & mask & (1UL << i)) && a->val[i] != b->val[i])
			return false;
		if ((mask & (1UL << i)) && !(a->known & (1UL << i)) &&
		    (a->clear[i] != b->clear[i] || a->set[i] != b->set[i]))
			return false;
	}
	return true;
}

const struct summary *summary_for_call(struct func *f, const struct binding *bind,
				       int caller_scc)
{
	unsigned long mask = f->sum.param_dep;
	static struct summary assumed;
	struct spec *s;
	int n = 0, i;

	/* Within a component still being solved, summaries are moving. */
	if (!bind || !(binding_args(bind) & mask) || (f->scc == caller_scc && !f->finished) ||
	    f->declared_unchecked)
		return &f->sum;
	for (s = f->specs; s; s = s->next, n++) {
		/*
		 * Recursion with the values being analysed, and maybe more:
		 * taken to do nothing, where a fixed point would start.
		 */
		if (s->in_progress && same_binding(&s->bind, bind, binding_args(&s->bind))) {
			summary_neutral(&assumed);
			return &assumed;
		}
		if (same_binding(&s->bind, bind, mask))
			return &s->sum;
	}
	if (n >= MAX_SPECS || nested >= MAX_NESTED)
		return &f->sum;
	s = arena_alloc(sizeof(*s));
	s->bind = *bind;
	s->bind.known &= mask;
	s->bind.nonnull &= mask & ~s->bind.known;
	for (i = 0; i < MAX_BOUND_ARGS; i++)
		if (!(mask & (1UL << i)) || (s->bind.known & (1UL << i)))
			s->bind.clear[i] = s->bind.set[i] = 0;
	s->in_progress = true;
	s->next = f->specs;
	f->specs = s;
	nested++;
	provider(f, &s->bind, false, &s->sum);
	nested--;
	s->in_progress = false;
	return &s->sum;
}
