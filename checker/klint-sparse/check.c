// SPDX-License-Identifier: GPL-2.0
/* Checking a call against what its callee accepts, and the report. */

#include "arena.h"
#include "check.h"
#include "ctx.h"
#include "step.h"
#include "ir.h"
#include "diag.h"

static struct origin blame(const struct ctx *c, const struct kstate *s, int d)
{
	if (s->origin[d].where)
		return s->origin[d];
	return c->f->assume_origin[d];
}

/*
 * A path class that is more atomic than @e allows even at its lowest
 * count: a report then names a path that exists as far as the code's own
 * tests tell, not a merge of paths or a count a loop lost track of.
 */
static const struct kstate *must_case(const struct ctx *c, const struct flow *fl,
				      int d, const struct expect *e)
{
	int i;

	for (i = 0; i < fl->n; i++)
		if (kstate_at(&fl->c[i].s, d, range_point(c->f->assume[d].lo)).lo > e->r[d].hi)
			return &fl->c[i].s;
	return NULL;
}

static void violation(struct ctx *c, struct instruction *insn, const struct flow *fl,
		      const struct kstate *all, int bad, const struct expect *e,
		      const char *callee, const struct step *why)
{
	const struct kstate *s = must_case(c, fl, bad, e);
	struct origin o;
	struct diag *d;

	o = blame(c, s ? s : all, bad);
	d = sleep_diag(report_pos(insn), callee, s, all, o.what, c->f->assume, bad,
		       e->last_ref);
	d->candidate = c->candidate;
	diag_add_chain(d, o.where);
	diag_add_chain(d, why);
	if (c->report) {
		diag_emit(d);
	} else if (c->bind) {
		d->next = c->out->inner;
		c->out->inner = d;
	}
}

/*
 * The dimensions in which path class @k is fine for @e whatever the entry:
 * those @e does not constrain, an absolute one @e accepts (interrupts
 * known on), and those whose entry value the class knows, which @e
 * accepts: it read the preempt count and found it zero (!in_atomic()), or
 * read the interrupt flag (irqs_disabled()).  All of them, or a waiver
 * of the callee's that holds on the class (page faults off for one that
 * only faults pages in, copy_from_user(); softirq or hardirq context for
 * one that defers there, vfree()): the class exists only where the call
 * is fine, and neither reports nor narrows the expectation.
 */
static unsigned int fine_dims(const struct ctx *c, const struct fcase *k,
			      const struct expect *e)
{
	unsigned int fine = 0;
	int d;

	if (expect_waived(e, &k->s, c->f->assume))
		return ALL_DIMS;
	for (d = 0; d < NR_DIMS; d++) {
		struct range at = kstate_at(&k->s, d, c->f->assume[d]);

		if (k->known & (1U << d))
			at = range_add(k->s.r[d], range_point(k->entry[d]));
		if (range_contains(e->r[d], at))
			fine |= 1U << d;
	}
	return fine;
}

/*
 * Dimension @d of the classes fine in it takes the value of one that is
 * not, so that the join narrows by the others alone.
 */
static unsigned int drop_fine(struct flow *live, const unsigned int *fine)
{
	unsigned int skip = ALL_DIMS;
	int i, j, d;

	for (i = 0; i < live->n; i++)
		skip &= fine[i];
	for (d = 0; d < NR_DIMS; d++) {
		if (skip & (1U << d))
			continue;
		for (j = 0; fine[j] & (1U << d); j++)
			;
		for (i = 0; i < live->n; i++) {
			struct kstate *s = &live->c[i].s;

			if (!(fine[i] & (1U << d)))
				continue;
			s->r[d] = live->c[j].s.r[d];
			s->origin[d] = live->c[j].s.origin[d];
			s->abs = (s->abs & ~(1U << d)) | (live->c[j].s.abs & (1U << d));
		}
	}
	return skip;
}

/* The note of where the count dropped to zero, before @next; @lr may be NULL. */
static const struct step *after_drop(const struct last_ref_mark *lr,
				     const struct step *next)
{
	const char *via;

	if (!lr)
		return next;
	via = inlined_from(lr->at, lr->api);
	if (via)
		return step_new(report_pos(lr->at), next,
				"%s() drops the last reference here, in inlined %s()",
				lr->api, via);
	return step_new(report_pos(lr->at), next, "%s() drops the last reference here",
			lr->api);
}

/*
 * Narrows @mine, an expectation of the function being analysed, by a call
 * accepting @e under state @s; false if no entry state makes it legal.
 */
static bool narrow(struct ctx *c, struct expect *mine, struct instruction *insn,
		   const struct expect *e, const struct kstate *s, unsigned int skip,
		   const char *callee, const struct step *why,
		   const struct last_ref_mark *lr, int *bad)
{
	bool narrowed;

	if (!expect_narrow(mine, c->f->assume, e, s, bad, &narrowed, skip))
		return false;
	if (narrowed && !mine->why)
		mine->why = after_drop(lr, step_new(report_pos(insn), why, "%s() calls %s%s",
						    c->f->name, callee,
						    why ? "" : ", which may sleep"));
	return true;
}

void record_cases(struct point *pt, const struct flow *fl)
{
	struct term_case *c = arena_alloc(fl->n * sizeof(*c));
	int i;

	pt->n = 0;
	pt->last_ref = flow_all_last_ref(fl);
	if (pt->last_ref)
		pt->dropped = after_drop(&fl->c[0].lr, NULL);
	pt->c = c;
	for (i = 0; i < fl->n && pt->n < MAX_PENDING_CASES; i++) {
		struct term_case *tc = &c[pt->n++];

		tc->s = fl->c[i].s;
		tc->must = fl->c[i].must;
		tc->may = fl->c[i].may;
	}
}

/*
 * Checks a call whose callee accepts entry states @e.  A call that is
 * illegal whatever this function's caller does is reported here, where
 * the fix goes; otherwise it narrows this function's own expectation.
 * A call whose state depends on calls into other files is also left to
 * the link step, which checks it again with what those calls do.
 */
void check_call(struct ctx *c, struct instruction *insn, const struct flow *fl,
		       const struct expect *e, const char *callee, const struct step *why)
{
	struct point *pt = c->cur_point;
	unsigned int fine[MAX_CASES], skip;
	const struct last_ref_mark *lr = NULL;
	struct expect last;
	struct flow live;
	struct kstate s;
	bool open;
	int i, bad;

	if (!c->final || expect_is_any(e))
		return;
	live = *fl;
	live.n = 0;
	for (i = 0; i < fl->n; i++) {
		struct fcase *k = &live.c[live.n];

		fine[live.n] = fine_dims(c, &fl->c[i], e);
		if (fine[live.n] == ALL_DIMS)
			continue;
		/*
		 * Interrupts found off (irqs_disabled()) stay relative to entry:
		 * the caller turned them off, so a sleep there narrows this
		 * function's expectation, and is reported where the caller
		 * is known.  WARN_ON(irqs_disabled()) followed by a sleep is a
		 * function that wants interrupts on, not a bug of its own.
		 */
		*k = fl->c[i];
		live.n++;
	}
	if (!live.n)
		return;
	skip = drop_fine(&live, fine);
	fl = &live;
	/* Reached only past a count that dropped to zero: a put's release. */
	if (!e->last_ref && flow_all_last_ref(fl)) {
		last = *e;
		last.last_ref = true;
		e = &last;
		lr = &fl->c[0].lr;
	}
	open = c->open_call || flow_has_terms(fl);
	if (open && !c->open_call && c->pend) {
		struct expect *pe = arena_alloc(sizeof(*pe));

		*pe = *e;
		pe->why = why;
		pt = pending_point_new(c->pend, POINT_CHECK, report_pos(insn));
		pt->display = callee;
		pt->site = insn;
		pt->e = pe;
		record_cases(pt, fl);
	}
	flow_state(fl, &s);
	if (!narrow(c, &c->out->expect, insn, e, &s, skip, callee, why, lr, &bad)) {
		if (bad >= 0) {
			violation(c, insn, fl, &s, bad, e, callee, after_drop(lr, why));
			if (pt && c->report)
				pt->reported = true;
		}
		return;
	}
	if (!open)
		narrow(c, &c->out->closed, insn, e, &s, skip, callee, why, lr, &bad);
}
