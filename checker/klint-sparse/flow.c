// SPDX-License-Identifier: GPL-2.0
#include <string.h>

#include "flow.h"

const int count_dims[NR_COUNT_DIMS] = { DIM_PREEMPT, DIM_SOFTIRQ, DIM_HARDIRQ };

void flow_entry(struct flow *fl)
{
	memset(fl, 0, sizeof(*fl));
	fl->n = 1;
	kstate_zero(&fl->c[0].s);
}

void flow_state(const struct flow *fl, struct kstate *out)
{
	int i;

	*out = fl->c[0].s;
	for (i = 1; i < fl->n; i++)
		kstate_join(out, &fl->c[i].s);
}

/* Bounded, so that a loop taking a lock per iteration still converges. */
#define LR_RAISED_MAX	4

/* How much more atomic @delta makes a path, in depths. */
static int raised_by(const struct kstate *delta)
{
	int d, n = 0;

	for (d = 0; d < NR_DIMS; d++) {
		struct range r = delta->r[d];

		/* Page faults off is no atomic context. */
		if (d == DIM_NOFAULT)
			continue;
		if (r.lo > 0)
			n += r.lo < LR_RAISED_MAX ? (int)r.lo : LR_RAISED_MAX;
		else if (r.hi > 0)
			n++;
		else if (r.hi < 0)
			n -= r.hi > -LR_RAISED_MAX ? (int)-r.hi : LR_RAISED_MAX;
	}
	return n;
}

static void case_apply(struct fcase *c, const struct kstate *delta)
{
	kstate_apply(&c->s, delta);
	if (!c->last_ref)
		return;
	c->lr_raised += raised_by(delta);
	if (c->lr_raised > LR_RAISED_MAX)
		c->lr_raised = LR_RAISED_MAX;
	if (c->lr_raised < -LR_RAISED_MAX)
		c->lr_raised = -LR_RAISED_MAX;
}

void flow_apply(struct flow *fl, const struct kstate *delta)
{
	int i;

	for (i = 0; i < fl->n; i++)
		case_apply(&fl->c[i], delta);
}

void flow_forget(struct flow *fl, pseudo_t p)
{
	int i;

	for (i = 0; i < fl->n; i++)
		facts_forget(&fl->c[i].k, p);
}

static bool same_entry(const struct fcase *a, const struct fcase *b)
{
	int d;

	if (a->known != b->known)
		return false;
	for (d = 0; d < NR_DIMS; d++)
		if ((a->known & (1U << d)) && a->entry[d] != b->entry[d])
			return false;
	return true;
}

static void merge_case(struct fcase *into, const struct fcase *from, bool widen)
{
	int d;

	for (d = 0; d < NR_DIMS; d++)
		if (!(from->known & (1U << d)) || from->entry[d] != into->entry[d])
			into->known &= ~(1U << d);
	if (widen)
		kstate_widen(&into->s, &from->s);
	else
		kstate_join(&into->s, &from->s);
	facts_meet(&into->k, &from->k);
	into->must &= from->must;
	into->may |= from->may;
	into->last_ref &= from->last_ref;
	if (from->lr_raised > into->lr_raised)
		into->lr_raised = from->lr_raised;
	if (!into->last_ref)
		into->lr_raised = 0;
}

static void drop_case(struct flow *fl, int i)
{
	memmove(fl->c + i, fl->c + i + 1, (fl->n - i - 1) * sizeof(*fl->c));
	fl->n--;
}

void flow_normalize(struct flow *fl)
{
	int i, j;

	for (i = 0; i < fl->n; i++) {
		for (j = i + 1; j < fl->n; j++) {
			/* A last reference's paths stay apart until a branch. */
			if (!kstate_eq(&fl->c[i].s, &fl->c[j].s) ||
			    !same_entry(&fl->c[i], &fl->c[j]) ||
			    fl->c[i].last_ref != fl->c[j].last_ref ||
			    fl->c[i].lr_raised != fl->c[j].lr_raised)
				continue;
			merge_case(&fl->c[i], &fl->c[j], false);
			drop_case(fl, j--);
		}
	}
}

/* The case @c loses least by merging into: the one sharing most facts. */
static int closest_case(const struct flow *fl, const struct fcase *c)
{
	int i, best = fl->n - 1, most = -1;

	for (i = 0; i < fl->n; i++) {
		int shared = facts_shared(&fl->c[i].k, &c->k);

		if (shared > most) {
			most = shared;
			best = i;
		}
	}
	return best;
}

/* Appends @c, folding it into the closest case when there is no room. */
static void add_case(struct flow *fl, const struct fcase *c, bool widen)
{
	if (fl->n == MAX_CASES)
		flow_normalize(fl);
	if (fl->n == MAX_CASES)
		merge_case(&fl->c[closest_case(fl, c)], c, widen);
	else
		fl->c[fl->n++] = *c;
}

/* The case of @fl that knows exactly what @c knows, or -1. */
static int same_facts(const struct flow *fl, const struct fcase *c)
{
	int i;

	for (i = 0; i < fl->n; i++)
		if (facts_eq(&fl->c[i].k, &c->k))
			return i;
	return -1;
}

void flow_fork(struct flow *fl, pseudo_t ret,
	       const struct kstate *const by_class[NR_RET_CLASSES],
	       const struct last_ref_mark *lr)
{
	static const unsigned int sign[NR_RET_CLASSES] = {
		[RET_NEG] = SIGN_NEG, [RET_ZERO] = SIGN_ZERO, [RET_POS] = SIGN_POS,
	};
	struct fcase cases[NR_RET_CLASSES * MAX_CASES];
	int i, r, n = 0;

	for (i = 0; i < fl->n; i++) {
		for (r = 0; r < NR_RET_CLASSES; r++) {
			if (!by_class[r])
				continue;
			cases[n] = fl->c[i];
			/* The count reached zero, then the call took its lock. */
			if (lr && r != RET_ZERO) {
				cases[n].last_ref = true;
				cases[n].lr_raised = 0;
				cases[n].lr = *lr;
			}
			case_apply(&cases[n], by_class[r]);
			facts_add(&cases[n++].k, ret, 0, sign[r]);
		}
	}
	fl->n = 0;
	for (i = 0; i < n; i++)
		add_case(fl, &cases[i], false);
	flow_normalize(fl);
}

void flow_split(const struct flow *fl, pseudo_t p, struct flow *t, struct flow *f)
{
	int i;

	t->n = f->n = 0;
	for (i = 0; i < fl->n; i++) {
		int v = facts_truth(&fl->c[i].k, p);

		if (v != 0) {
			t->c[t->n] = fl->c[i];
			facts_branch(&t->c[t->n++].k, p, true);
		}
		if (v != 1) {
			f->c[f->n] = fl->c[i];
			facts_branch(&f->c[f->n++].k, p, false);
		}
	}
}

void flow_mark_last_ref(struct flow *fl, const struct last_ref_mark *lr)
{
	int i;

	for (i = 0; i < fl->n; i++) {
		fl->c[i].last_ref = true;
		fl->c[i].lr_raised = 0;
		fl->c[i].lr = *lr;
	}
}

bool flow_all_last_ref(const struct flow *fl)
{
	int i;

	for (i = 0; i < fl->n; i++)
		if (!fl->c[i].last_ref || fl->c[i].lr_raised > 0)
			return false;
	return fl->n > 0;
}

/* Terms passed are left out: see flow_join(). */
static bool same_case(const struct fcase *a, const struct fcase *b)
{
	return kstate_eq(&a->s, &b->s) && facts_eq(&a->k, &b->k) &&
	       same_entry(a, b) && a->last_ref == b->last_ref &&
	       a->lr_raised == b->lr_raised;
}

static bool same_flow(const struct flow *a, const struct flow *b)
{
	int i, j;

	if (a->n != b->n)
		return false;
	for (i = 0; i < a->n; i++) {
		for (j = 0; j < b->n; j++)
			if (same_case(&a->c[i], &b->c[j]))
				break;
		if (j == b->n)
			return false;
	}
	return true;
}


/*
 * Widening pairs the cases that know the same facts, so that a loop keeps
 * "locked is 1, the lock is held" apart from "locked is 0" while its
 * counts converge.  Cases whose facts change from one iteration to the
 * next cannot be paired: then everything folds into one case.
 */
static bool widen_pairwise(struct flow *into, const struct flow *from)
{
	int i;

	for (i = 0; i < from->n; i++)
		if (same_facts(into, &from->c[i]) < 0)
			return false;
	for (i = 0; i < from->n; i++)
		merge_case(&into->c[same_facts(into, &from->c[i])], &from->c[i], true);
	return true;
}

/*
 * Folds the cases of @fl that know the same of the entry into one each:
 * a path that read the count and found it zero (!in_atomic()) must not
 * merge with one that found it raised, or the sleep the first guards
 * is taken to happen under the second's lock.  There are few such kinds.
 */
static void collapse(struct flow *fl)
{
	int i, j;

	for (i = 0; i < fl->n; i++) {
		for (j = i + 1; j < fl->n; j++) {
			if (!same_entry(&fl->c[i], &fl->c[j]))
				continue;
			merge_case(&fl->c[i], &fl->c[j], false);
			drop_case(fl, j--);
		}
	}
}

/* The case of @fl that knows the same of the entry as @c, or -1. */
static int same_entry_case(const struct flow *fl, const struct fcase *c)
{
	int i;

	for (i = 0; i < fl->n; i++)
		if (same_entry(&fl->c[i], c))
			return i;
	return -1;
}

bool flow_join(struct flow *into, const struct flow *from, bool widen)
{
	struct flow old = *into;
	int i;

	if (!from->n)
		return false;
	if (!into->n) {
		*into = *from;
		return true;
	}
	if (widen && !widen_pairwise(into, from)) {
		struct flow f = *from;

		collapse(into);
		collapse(&f);
		for (i = 0; i < f.n; i++) {
			int j = same_entry_case(into, &f.c[i]);

			if (j >= 0)
				merge_case(&into->c[j], &f.c[i], true);
			else
				add_case(into, &f.c[i], true);
		}
		return !same_flow(&old, into);
	}
	if (!widen)
		for (i = 0; i < from->n; i++)
			add_case(into, &from->c[i], false);
	flow_normalize(into);
	return !same_flow(&old, into);
}


/*
 * Whether a class where the count is not zero may be in task context or in
 * an interrupt: the preempt depth may be what makes it non-zero, the
 * softirq and hardirq depths each known if zero.
 */
static bool split_interrupt(const struct fcase *c, const struct range *entry_min)
{
	const struct range *r = c->s.r;

	return r[DIM_PREEMPT].hi + entry_min[DIM_PREEMPT].hi > 0 &&
	       range_is_point(r[DIM_SOFTIRQ]) && range_is_point(r[DIM_HARDIRQ]) &&
	       r[DIM_SOFTIRQ].lo + entry_min[DIM_SOFTIRQ].lo <= 0 &&
	       r[DIM_HARDIRQ].lo + entry_min[DIM_HARDIRQ].lo <= 0;
}

/*
 * @c, the count found non-zero, becomes the class where no interrupt part
 * is set (in_interrupt() false: the softirq and hardirq depths at entry
 * are known), @other the class where one is.
 */
static void split_interrupt_case(struct fcase *c, struct fcase *other, pseudo_t out)
{
	*other = *c;
	facts_add(&other->k, out, COUNT_IRQ_MASK, SIGN_POS);
	facts_add(&c->k, out, COUNT_IRQ_MASK, SIGN_ZERO);
	c->known |= (1U << DIM_SOFTIRQ) | (1U << DIM_HARDIRQ);
	c->entry[DIM_SOFTIRQ] = -c->s.r[DIM_SOFTIRQ].lo;
	c->entry[DIM_HARDIRQ] = -c->s.r[DIM_HARDIRQ].lo;
}

void flow_read_count(struct flow *fl, pseudo_t out, const struct range *entry_min)
{
	struct fcase cases[3 * MAX_CASES];
	int i, d, n = 0;

	for (i = 0; i < fl->n; i++) {
		const struct fcase *c = &fl->c[i];
		bool atomic = false, exact = true;

		for (d = 0; d < NR_COUNT_DIMS; d++) {
			struct range r = c->s.r[count_dims[d]];

			if (r.lo + entry_min[count_dims[d]].lo > 0)
				atomic = true;
			if (!range_is_point(r))
				exact = false;
		}
		cases[n] = *c;
		facts_add(&cases[n].k, out, 0, SIGN_POS);
		if (split_interrupt(c, entry_min)) {
			split_interrupt_case(&cases[n], &cases[n + 1], out);
			n++;
		}
		n++;
		if (atomic || !exact)
			continue;
		cases[n] = *c;
		facts_add(&cases[n].k, out, 0, SIGN_ZERO);
		cases[n].known |= COUNT_KNOWN;
		for (d = 0; d < NR_COUNT_DIMS; d++)
			cases[n].entry[count_dims[d]] = -c->s.r[count_dims[d]].lo;
		n++;
	}
	fl->n = 0;
	for (i = 0; i < n; i++)
		add_case(fl, &cases[i], false);
	flow_normalize(fl);
}

/*
 * Case @c where interrupts were found on (@off false) or off.  An absolute
 * state takes the value; a relative one keeps its count and learns its
 * entry, so that its callers' own state still comes back after it.
 */
static void learn_irq(struct fcase *c, bool off, const struct step *where)
{
	struct range *r = &c->s.r[DIM_IRQ];

	if (kstate_abs(&c->s, DIM_IRQ)) {
		*r = range_point(off);
	} else {
		c->known |= 1U << DIM_IRQ;
		c->entry[DIM_IRQ] = off - r->lo;
	}
	c->s.origin[DIM_IRQ] = off ? (struct origin){ WHAT_IRQ, where } : (struct origin){ 0 };
}

void flow_read_irqs(struct flow *fl, pseudo_t out, unsigned long long on_bit,
		    struct range entry, const struct step *where)
{
	struct fcase cases[2 * MAX_CASES];
	int i, n = 0;

	for (i = 0; i < fl->n; i++) {
		const struct fcase *c = &fl->c[i];
		struct range at = kstate_at(&c->s, DIM_IRQ, entry);
		bool both;

		if (c->known & (1U << DIM_IRQ))
			at = range_add(c->s.r[DIM_IRQ], range_point(c->entry[DIM_IRQ]));
		both = at.lo <= 0 && at.hi >= 1;
		/* Relative and not one count: the entry cannot be told. */
		if (both && !kstate_abs(&c->s, DIM_IRQ) && !range_is_point(c->s.r[DIM_IRQ])) {
			cases[n++] = *c;
			continue;
		}
		if (at.lo <= 0) {
			cases[n] = *c;
			if (both)
				learn_irq(&cases[n], false, where);
			facts_add(&cases[n++].k, out, on_bit, SIGN_POS);
		}
		if (at.hi >= 1) {
			cases[n] = *c;
			if (both)
				learn_irq(&cases[n], true, where);
			facts_add(&cases[n++].k, out, on_bit, SIGN_ZERO);
		}
	}
	fl->n = 0;
	for (i = 0; i < n; i++)
		add_case(fl, &cases[i], false);
	flow_normalize(fl);
}

void flow_pass_term(struct flow *fl, int term)
{
	int i;

	for (i = 0; i < fl->n; i++) {
		fl->c[i].must |= 1ULL << term;
		fl->c[i].may |= 1ULL << term;
	}
}

bool flow_has_terms(const struct flow *fl)
{
	int i;

	for (i = 0; i < fl->n; i++)
		if (fl->c[i].may)
			return true;
	return false;
}
