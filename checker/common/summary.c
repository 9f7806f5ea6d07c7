// SPDX-License-Identifier: GPL-2.0
#include <string.h>

#include "arena.h"
#include "diag.h"
#include "summary.h"

void expect_any(struct expect *e)
{
	int d;

	for (d = 0; d < NR_DIMS; d++)
		e->r[d] = (struct range){ 0, RANGE_INF };
	e->why = NULL;
	e->unless_nofault = false;
	e->unless_interrupt = false;
	e->last_ref = false;
}

void expect_process(struct expect *e)
{
	int d;

	/* No waiver, and page faults may be in any state. */
	expect_any(e);
	for (d = 0; d < NR_DIMS; d++)
		if (d != DIM_NOFAULT)
			e->r[d] = range_point(0);
}

void expect_fault(struct expect *e)
{
	expect_process(e);
	e->unless_nofault = true;
}

void expect_task(struct expect *e)
{
	expect_process(e);
	e->unless_interrupt = true;
}

bool expect_eq(const struct expect *a, const struct expect *b)
{
	int d;

	for (d = 0; d < NR_DIMS; d++)
		if (!range_eq(a->r[d], b->r[d]))
			return false;
	return a->unless_nofault == b->unless_nofault &&
	       a->unless_interrupt == b->unless_interrupt &&
	       a->last_ref == b->last_ref;
}

bool expect_includes(const struct expect *a, const struct expect *b)
{
	int d;

	if (expect_is_any(a))
		return true;
	for (d = 0; d < NR_DIMS; d++)
		if (!range_contains(a->r[d], b->r[d]))
			return false;
	return (a->unless_nofault || !b->unless_nofault) &&
	       (a->unless_interrupt || !b->unless_interrupt);
}

bool expect_waived(const struct expect *e, const struct kstate *s, const struct range *assume)
{
	if (e->unless_nofault && kstate_at(s, DIM_NOFAULT, assume[DIM_NOFAULT]).lo > 0)
		return true;
	return e->unless_interrupt &&
	       (kstate_at(s, DIM_SOFTIRQ, assume[DIM_SOFTIRQ]).lo > 0 ||
		kstate_at(s, DIM_HARDIRQ, assume[DIM_HARDIRQ]).lo > 0);
}

bool expect_is_any(const struct expect *e)
{
	int d;

	for (d = 0; d < NR_DIMS; d++)
		if (e->r[d].lo > 0 || e->r[d].hi < RANGE_INF)
			return false;
	return true;
}

const char *const ret_class_names[NR_RET_CLASSES] = {
	[RET_NEG] = "neg", [RET_ZERO] = "zero", [RET_POS] = "pos",
};

void summary_neutral(struct summary *s)
{
	memset(s, 0, sizeof(*s));
	kstate_zero(&s->adj);
	expect_any(&s->expect);
	expect_any(&s->closed);
}

struct kstate *summary_own_adj_by(struct summary *s)
{
	struct kstate *by = arena_alloc(NR_RET_CLASSES * sizeof(*by));
	int c;

	for (c = 0; c < NR_RET_CLASSES; c++) {
		if (s->adj_by)
			by[c] = s->adj_by[c];
		else
			kstate_zero(&by[c]);
	}
	s->adj_by = by;
	return by;
}

static bool param_calls_eq(const struct param_calls *a, const struct param_calls *b)
{
	int k;

	if (!a || !b)
		return a == b;
	if (a->params != b->params)
		return false;
	for (k = 0; k < MAX_CB_PARAMS; k++)
		if ((a->params & (1U << k)) && !kstate_eq(&a->p[k].at, &b->p[k].at))
			return false;
	return true;
}

static void param_call_join(struct param_call *into, const struct param_call *pc)
{
	int i;

	kstate_join(&into->at, &pc->at);
	for (i = 0; i < MAX_CB_ARGS; i++)
		if (!(pc->known & (1U << i)) || pc->val[i] != into->val[i])
			into->known &= ~(1U << i);
}

void param_calls_add(struct summary *s, int k, const struct param_call *pc)
{
	struct param_calls *n;

	if (k < 1 || k > MAX_CB_PARAMS)
		return;
	n = arena_alloc(sizeof(*n));
	if (s->calls)
		*n = *s->calls;
	else
		memset(n, 0, sizeof(*n));
	if (n->params & (1U << (k - 1))) {
		param_call_join(&n->p[k - 1], pc);
	} else {
		n->p[k - 1] = *pc;
		n->params |= 1U << (k - 1);
	}
	s->calls = n;
}

bool summary_eq(const struct summary *a, const struct summary *b)
{
	int c;

	if (!param_calls_eq(a->calls, b->calls))
		return false;

	if (!kstate_eq(&a->adj, &b->adj) || a->by_ret != b->by_ret ||
	    a->param_dep != b->param_dep)
		return false;
	for (c = 0; a->by_ret && c < NR_RET_CLASSES; c++)
		if (a->returns[c] != b->returns[c] ||
		    (a->returns[c] && !kstate_eq(&a->adj_by[c], &b->adj_by[c])))
			return false;
	return expect_eq(&a->expect, &b->expect);
}

/*
 * The entry states both @a and @b accept.  An expectation that accepts
 * any state does not narrow the other, nor take its waivers away: it
 * constrains nothing, so only the ones that sleep decide what is waived.
 * The chain is that of the one that narrows the result.
 */
static void expect_meet(struct expect *a, const struct expect *b)
{
	bool narrowed = false;
	int d;

	if (expect_is_any(b))
		return;
	if (expect_is_any(a)) {
		*a = *b;
		return;
	}
	for (d = 0; d < NR_DIMS; d++) {
		struct range r = range_meet(a->r[d], b->r[d]);

		if (!range_eq(r, a->r[d]))
			narrowed = true;
		a->r[d] = r;
	}
	if (narrowed || !a->why)
		a->why = b->why ? b->why : a->why;
	a->unless_nofault = a->unless_nofault && b->unless_nofault;
	a->unless_interrupt = a->unless_interrupt && b->unless_interrupt;
	a->last_ref = a->last_ref && b->last_ref;
}

void summary_join_call(struct summary *into, const struct summary *s)
{
	int c;

	kstate_join(&into->adj, &s->adj);
	if (into->by_ret && s->by_ret) {
		struct kstate *by = summary_own_adj_by(into);

		for (c = 0; c < NR_RET_CLASSES; c++) {
			if (into->returns[c] && s->returns[c])
				kstate_join(&by[c], &s->adj_by[c]);
			else if (s->returns[c])
				by[c] = s->adj_by[c];
			into->returns[c] |= s->returns[c];
		}
	} else {
		/* Told apart by the result only if every value's summary is. */
		into->by_ret = false;
		into->adj_by = NULL;
	}
	expect_meet(&into->expect, &s->expect);
	expect_meet(&into->closed, &s->closed);
	into->clamped |= s->clamped;
	into->param_dep |= s->param_dep;
	if (!into->inner)
		into->inner = s->inner;
	for (c = 0; s->calls && c < MAX_CB_PARAMS; c++)
		if (s->calls->params & (1U << c))
			param_calls_add(into, c + 1, &s->calls->p[c]);
}

bool expect_narrow(struct expect *mine, const struct range *assume,
		   const struct expect *e, const struct kstate *s, int *bad,
		   bool *narrowed, unsigned int skip)
{
	struct range ok[NR_DIMS];
	bool was_any = expect_is_any(mine);
	bool waived = mine->unless_nofault || mine->unless_interrupt;
	int d;

	*narrowed = false;
	for (d = 0; d < NR_DIMS; d++) {
		struct range allowed = range_meet(assume[d], mine->r[d]);
		long hi;

		/* An absolute value is legal or not whatever the entry. */
		if (skip & (1U << d))
			ok[d] = allowed;
		else if (kstate_abs(s, d))
			ok[d] = range_contains(e->r[d], s->r[d]) ? allowed
								 : (struct range){ 1, 0 };
		else
			ok[d] = range_meet(range_solve(e->r[d], s->r[d]), allowed);
		if (!range_empty(ok[d]))
			continue;
		/* Less atomic than the callee wants is a balance bug: not ours. */
		hi = kstate_abs(s, d) ? s->r[d].hi : s->r[d].hi + allowed.lo;
		*bad = (s->r[d].hi != RANGE_INF && hi <= e->r[d].hi) ? -1 : d;
		return false;
	}
	for (d = 0; d < NR_DIMS; d++) {
		if (!range_eq(ok[d], mine->r[d]))
			*narrowed = true;
		mine->r[d] = ok[d];
	}
	/* Still waived for our callers only if page faults were untouched here. */
	if (!e->unless_nofault || !range_eq(s->r[DIM_NOFAULT], range_point(0)))
		mine->unless_nofault = false;
	else if (was_any)
		mine->unless_nofault = true;
	/*
	 * Entered in interrupt context, the call is too, unless this function
	 * lowered a depth: local_bh_enable() of a section the caller opened.
	 */
	if (!e->unless_interrupt || s->r[DIM_SOFTIRQ].lo < 0 || s->r[DIM_HARDIRQ].lo < 0)
		mine->unless_interrupt = false;
	else if (was_any)
		mine->unless_interrupt = true;
	if (was_any) {
		mine->last_ref = e->last_ref;
	} else if ((mine->last_ref && !e->last_ref) ||
		   waived != (mine->unless_nofault || mine->unless_interrupt)) {
		/*
		 * A waiver or the last-reference mark lost: this call, not the
		 * earlier one, is why it may sleep, and the one to name.
		 */
		mine->last_ref = false;
		mine->why = NULL;
		*narrowed = true;
	}
	return true;
}

struct diag *sleep_diag(struct loc pos, const char *callee, const struct kstate *must,
			const struct kstate *all, enum what what, const struct range *assume,
			int bad, bool last_ref)
{
	const struct kstate *s = must ? must : all;

	if (must && last_ref)
		return diag_new(CAT_LAST_REF, pos,
				"%s may sleep if this drops the last reference while %s%s",
				callee, what_state(what), kstate_count_str(s, assume, bad));
	return diag_new(must ? CAT_ATOMIC_SLEEP : CAT_MAYBE_ATOMIC, pos,
			"%s may sleep while %s%s%s", callee, must ? "" : "possibly ",
			what_state(what), kstate_count_str(s, assume, bad));
}

/*
 * The count as the kernel's preempt_count() would read, always in hex as
 * its "preempt_count: %x" prints it, with 0x so that 0x200 (bottom halves
 * off) is not read as two hundred: 0x1, 0x201, 0x1..0x2, 0x1.. unbounded.
 */
const char *kstate_count_str(const struct kstate *s, const struct range *assume, int bad)
{
	static const long weight[NR_DIMS] = { 1, 0x200, 0x10000, 0, 0 };
	long lo = 0, hi = 0;
	bool inf = false;
	int d;

	if (bad == DIM_IRQ)
		return "";
	for (d = 0; d < NR_DIMS; d++) {
		struct range r = range_add(s->r[d], range_point(assume[d].lo));

		if (!weight[d])
			continue;
		if (r.hi >= RANGE_INF)
			inf = true;
		lo += weight[d] * (r.lo > 0 ? r.lo : 0);
		hi += weight[d] * (r.hi > 0 && r.hi < RANGE_INF ? r.hi : 0);
	}
	if (inf)
		return arena_printf(" (preempt count 0x%lx..)", lo);
	if (lo == hi)
		return arena_printf(" (preempt count 0x%lx)", lo);
	return arena_printf(" (preempt count 0x%lx..0x%lx)", lo, hi);
}

const struct param_reg *param_reg_find(const struct param_reg *regs, int param, int ctx)
{
	for (; regs; regs = regs->next)
		if (regs->param == param && regs->ctx == ctx)
			return regs;
	return NULL;
}
