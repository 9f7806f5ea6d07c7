// SPDX-License-Identifier: GPL-2.0
/*
 * The link step's analysis: name resolution, the fixed point over the
 * call graph, and the checks of pending points.  It knows nothing of ELF
 * (link-resolve.c) or of files (link-main.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "intern.h"
#include "link-bits.h"
#include "link-graph.h"
#include "link-resolve.h"
#include "link-wrappers.h"
#include "link.h"
#include "diag.h"

/* Rounds of one function before its adjustment widens, then freezes. */
#define WIDEN_ROUNDS	8
#define FREEZE_ROUNDS	24

static struct range range_neg(struct range r)
{
	return (struct range){ r.hi == RANGE_INF ? -RANGE_INF : -r.hi,
			       r.lo == -RANGE_INF ? RANGE_INF : -r.lo };
}

/* The tags of the steps made for a point: a dimension's origin is its dim. */
#define TAG_NARROWED	(-1)		/* the note of a narrowed expectation */
#define TAG_FIELD(i)	(-2 - (i))	/* the note of the @i-th function in a field */

/*
 * The step made with @tag for point @k of @f out of @how and @from: its
 * step is NULL when it is to be made (again), for they changed.
 */
static struct made_step *made_step(struct lfn *f, int k, int tag, int how,
				   const struct step *from)
{
	struct made_step *m;

	for (m = f->made; m; m = m->next)
		if (m->k == k && m->tag == tag)
			break;
	if (!m) {
		m = arena_alloc(sizeof(*m));
		m->k = k;
		m->tag = tag;
		m->next = f->made;
		f->made = m;
	} else if (m->from != from || m->how != how) {
		m->step = NULL;
	}
	m->how = how;
	m->from = from;
	return m;
}

/*
 * What the call @pt of @f turned out to do beyond what the per-file pass
 * applied: nothing for a call into another file, the body's own
 * adjustment for a call to a function of the same file.
 */
static void term_delta(struct lfn *f, int k, struct kstate *out)
{
	const struct point *pt = f->pt[k];
	const struct lfn *g = f->callee[k], *base = f->base[k];
	const struct kstate *adj;
	int d;

	kstate_zero(out);
	if (!g)
		return;
	adj = &g->sum->adj;
	if (base && kstate_eq(adj, &base->rec->sum->adj))
		return;
	for (d = 0; d < NR_DIMS; d++) {
		/* A set cannot be taken back: the new one is made over the old. */
		if (kstate_abs(adj, d)) {
			out->r[d] = adj->r[d];
			out->abs |= 1U << d;
		} else if (base && kstate_abs(&base->rec->sum->adj, d)) {
			out->r[d] = range_point(0);
		} else {
			out->r[d] = base ? range_add(adj->r[d],
						     range_neg(base->rec->sum->adj.r[d]))
					 : adj->r[d];
		}
		if (out->r[d].hi > 0 && adj->origin[d].where) {
			struct made_step *m = made_step(f, k, d, adj->origin[d].what,
							adj->origin[d].where);

			if (!m->step)
				m->step = step_new_shared(pt->pos, adj->origin[d].where,
							  "after %s() returns here, %s",
							  g->rec->name,
							  what_state(adj->origin[d].what));
			out->origin[d] = (struct origin){ adj->origin[d].what, m->step };
		}
	}
}

/*
 * The terms of a function that moved the state, and what each did: worked
 * out once a recompute, read by every case.
 */
struct moved_terms {
	unsigned long long bits;
	struct kstate delta[MAX_TERMS];	/* valid for the bits set */
};

/* The state of case @tc of @f, being recomputed, once its terms are known. */
static void eval_case(const struct lfn *f, const struct term_case *tc,
		      struct kstate *out)
{
	unsigned long long bits = tc->may & f->moved->bits;

	*out = tc->s;
	while (bits) {
		int i = __builtin_ctzll(bits), d;
		struct kstate delta = f->moved->delta[i], before = *out;
		bool maybe = !(tc->must & (1ULL << i));

		bits &= bits - 1;
		/* Passed on some paths only: the term may not have happened. */
		if (maybe)
			for (d = 0; d < NR_DIMS; d++)
				if (!kstate_abs(&delta, d))
					delta.r[d] = range_join(delta.r[d], range_point(0));
		kstate_apply(out, &delta);
		/*
		 * A set (interrupts left on or off) that may not have happened,
		 * or made on a path that set it in the file too, before or
		 * after the call: the case does not say which came last.
		 */
		if (delta.abs & (maybe ? ~0U : tc->s.abs))
			kstate_join(out, &before);
	}
}

/*
 * What @g accepts from call @pt: where its sleeping depends on a gfp mask
 * and the call does not pass one that may block, its expectation for a
 * mask that cannot (a mask not known is not guessed).
 */
static const struct expect *gfp_expect(const struct lfn *g, const struct point *pt)
{
	const struct fn_record *r = g->rec;

	if (r->gfp_param && !(pt->blocking_gfp & (1UL << (r->gfp_param - 1))))
		return g->gfp_expect;
	return &g->sum->expect;
}

/*
 * What @g accepts from call @pt of a function being finished for its value
 * case @in (NULL: for any value): its gfp case, else the value case the
 * call's arguments decide, else its expectation.
 */
static const struct expect *callee_expect(const struct lfn *g, const struct point *pt,
					  const struct value_case *in)
{
	const struct expect *e = gfp_expect(g, pt);

	if (e != &g->sum->expect || !g->rec->nr_cases)
		return e;
	return value_case_expect(g->cases, g->rec->nr_cases, e, pt->args, in);
}

/* What the call at point @k accepts, and the chain of why; NULL if anything. */
static const struct expect *point_expect(const struct lfn *f, int k, const char **callee,
					 const struct value_case *in)
{
	const struct point *pt = f->pt[k];

	if (pt->kind == POINT_CHECK) {
		*callee = pt->display;
		return pt->e;
	}
	if (!f->callee[k])
		return NULL;
	/* Its text is made by check_point() when needed: rarely. */
	*callee = NULL;
	return callee_expect(f->callee[k], pt, in);
}

/*
 * A call through a struct field, checked against one function stored there
 * (@t), or against none with --unresolved-may-sleep (@t NULL).  Its texts
 * are made only for a message or a narrowed expectation, which are rare:
 * the fixed point checks each call again and again.
 */
struct field_call {
	const char *type;		/* "TYPE" of "TYPE@FILE.MEMBER" */
	int type_len;
	const char *member;
	const struct field_target *t;
	int i;				/* @t's place among the field's functions */
};

/* The text of what point @k calls: made only for a message. */
static const char *callee_text(const struct lfn *f, int k, const char *display,
			       const struct field_call *fc)
{
	if (fc)
		return arena_printf("%.*s->%s()", fc->type_len, fc->type, fc->member);
	return display ? display : arena_printf("%s()", f->callee[k]->rec->name);
}

/* The chain down to the sleep of what point @k calls: @e's, after @fc's note. */
static const struct step *callee_why(struct lfn *f, int k, const struct expect *e,
				     const struct field_call *fc)
{
	struct made_step *m;

	if (!fc)
		return e->why;
	m = made_step(f, k, TAG_FIELD(fc->i), 0, e->why);
	if (m->step)
		return m->step;
	if (!fc->t)
		m->step = step_new_shared(f->pt[k]->pos, NULL,
					  "no file stores a function in %.*s.%s: taken to sleep (--unresolved-may-sleep)",
					  fc->type_len, fc->type, fc->member);
	else
		m->step = step_new_shared(fc->t->pos, e->why, "%.*s.%s may be %s(), stored here",
					  fc->type_len, fc->type, fc->member,
					  fc->t->fn->rec->name);
	return m->step;
}

static bool excused(const struct lfn *f, const struct expect *e, const struct kstate *s)
{
	return expect_waived(e, s, f->rec->assume->r);
}

/* @drop, where the count dropped to zero (or NULL), before @next. */
static const struct step *after_drop(const struct step *drop, const struct step *next)
{
	return drop ? step_new_shared(drop->pos, next, "%s", drop->text) : next;
}

/*
 * @why: the chain down to the sleep; @candidate: the function stored in
 * the field called through, if it was.
 */
static void report_violation(const struct lfn *f, int k, const struct kstate *states,
			     int n, const struct kstate *all, int bad,
			     const struct expect *e, const char *callee,
			     const struct step *why, const char *candidate)
{
	const struct kstate *must = NULL;
	struct origin o;
	struct diag *d;
	int i;

	for (i = 0; i < n && !must; i++)
		if (kstate_at(&states[i], bad, f->rec->assume->r[bad]).lo > e->r[bad].hi)
			must = &states[i];
	o = (must ? must : all)->origin[bad];
	if (!o.where)
		o = f->rec->assume->origin[bad];
	if (!o.where)
		o.what = what_default(bad);
	diag_function(f->rec->name);
	d = sleep_diag(f->pt[k]->pos, callee, must, all, o.what, f->rec->assume->r, bad,
		       e->last_ref);
	d->candidate = candidate;
	diag_add_chain(d, o.where);
	diag_add_chain(d, why);
	diag_emit(d);
}

/*
 * Checks point @k of @f against @e; false if it is a violation.  @callee
 * may be NULL (made when needed); @fc, for a call through a field, says
 * which function stored there @e is of.
 */
static bool check_expect(struct lfn *f, int k, const struct expect *e,
			 const char *callee, const struct field_call *fc,
			 struct expect *mine, bool report)
{
	const struct point *pt = f->pt[k];
	struct kstate states[MAX_PENDING_CASES], all;
	const struct step *drop = NULL;
	struct expect last;
	bool narrowed;
	int i, n = 0, bad;

	if (!e || expect_is_any(e))
		return true;
	/* The call is reached only past a count that dropped to zero. */
	if (pt->last_ref && !e->last_ref) {
		last = *e;
		last.last_ref = true;
		e = &last;
		drop = pt->dropped;
	}
	for (i = 0; i < pt->n; i++) {
		eval_case(f, &pt->c[i], &states[n]);
		if (!excused(f, e, &states[n]))
			n++;
	}
	if (!n)
		return true;
	all = states[0];
	for (i = 1; i < n; i++)
		kstate_join(&all, &states[i]);
	if (expect_narrow(mine, f->rec->assume->r, e, &all, &bad, &narrowed, 0)) {
		if (narrowed && !mine->why) {
			const struct step *why = callee_why(f, k, e, fc);
			struct made_step *m = made_step(f, k, TAG_NARROWED, drop != NULL, why);

			if (!m->step)
				m->step = after_drop(drop, step_new_shared(pt->pos, why,
						"%s() calls %s%s", f->rec->name,
						callee_text(f, k, callee, fc),
						why ? "" : ", which may sleep"));
			mine->why = m->step;
		}
		return true;
	}
	if (bad >= 0 && report && !pt->reported)
		report_violation(f, k, states, n, &all, bad, e,
				 callee_text(f, k, callee, fc),
				 after_drop(drop, callee_why(f, k, e, fc)),
				 fc && fc->t ? fc->t->fn->rec->name : NULL);
	return false;
}

/*
 * A call through a struct field: checked against every function stored
 * there in any file, each with a note saying where it was stored.
 */
static bool check_field_call(const struct link *l, struct lfn *f, int k,
			     struct expect *mine, bool report,
			     const struct value_case *in)
{
	const struct point *pt = f->pt[k];
	const char *at = strchr(pt->callee, '@'), *dot = strrchr(pt->callee, '.');
	struct field_call fc;
	bool ok = true;

	if (!dot)
		return true;
	fc.type = pt->callee;
	fc.type_len = (int)((at ? at : dot) - pt->callee);
	fc.member = dot + 1;
	fc.t = NULL;
	fc.i = 0;
	if (!f->targets[k] && l->unresolved_may_sleep) {
		struct expect e;

		expect_process(&e);
		return check_expect(f, k, &e, NULL, &fc, mine, report);
	}
	for (fc.t = f->targets[k]; fc.t; fc.t = fc.t->next, fc.i++)
		if (!check_expect(f, k, callee_expect(fc.t->fn, pt, in), NULL, &fc,
				  mine, report))
			ok = false;
	return ok;
}

/* Checks point @k of @f, finished for its value case @in or NULL. */
static bool check_point(const struct link *l, struct lfn *f, int k,
			struct expect *mine, bool report, const struct value_case *in)
{
	const char *callee = NULL;
	const struct expect *e;

	if (f->pt[k]->callee_field)
		return check_field_call(l, f, k, mine, report, in);
	e = point_expect(f, k, &callee, in);
	return check_expect(f, k, e, callee, NULL, mine, report);
}

static void summary_from_rets(const struct lfn *f, struct summary *s)
{
	bool seen[NR_RET_CLASSES] = { false };
	struct kstate by[NR_RET_CLASSES];
	const struct kstate *first = NULL;
	int i, r;

	/* Zeroed, padding too: an array equal to one interned before is that one. */
	memset(by, 0, sizeof(by));
	s->by_ret = false;
	for (i = 0; i < f->rec->nr_rets; i++) {
		const struct ret_case *rc = &f->rec->rets[i];
		struct kstate st;

		eval_case(f, &rc->tc, &st);
		for (r = 0; r < NR_RET_CLASSES; r++) {
			if (!(rc->classes & (1 << r)))
				continue;
			if (seen[r])
				kstate_join(&by[r], &st);
			else
				by[r] = st;
			seen[r] = true;
		}
	}
	for (r = 0; r < NR_RET_CLASSES; r++) {
		s->returns[r] = seen[r];
		if (!seen[r])
			continue;
		if (!first) {
			first = &by[r];
			s->adj = *first;
		} else {
			if (!kstate_eq(first, &by[r]))
				s->by_ret = true;
			kstate_join(&s->adj, &by[r]);
		}
	}
	/* Made again on every round: one copy of each. */
	s->adj_by = s->by_ret ? intern_mem(by, sizeof(by)) : NULL;
}

/*
 * Finds the calls of @f into other files that turned out to move the
 * state.  A term is the call of the last point that names it.
 */
static void terms_moved(struct lfn *f, struct moved_terms *m)
{
	unsigned long long terms = 0;
	struct kstate zero;
	int i, k;

	kstate_zero(&zero);
	for (k = 0; k < f->nr_pt; k++) {
		i = f->pt[k]->term;
		if (f->pt[k]->kind != POINT_CALL || i < 0)
			continue;
		term_delta(f, k, &m->delta[i]);
		terms |= 1ULL << i;
	}
	m->bits = 0;
	for (; terms; terms &= terms - 1) {
		i = __builtin_ctzll(terms);
		if (!kstate_eq(&m->delta[i], &zero))
			m->bits |= 1ULL << i;
	}
}

/* Whether a term passed before point @k moved. */
static bool point_moved(const struct lfn *f, int k, unsigned long long moved)
{
	int i;

	for (i = 0; i < f->pt[k]->n; i++)
		if (f->pt[k]->c[i].may & moved)
			return true;
	return false;
}

/*
 * @f returns with an atomic context taken on some paths only, through a
 * term: dimension @dim is @r at return, raised at @o.
 */
static void report_unbalanced(const struct lfn *f, int dim, struct range r, struct origin o)
{
	struct diag *d;
	char buf[64];

	/* Unbounded is a loop the counts were widened in, not a finding. */
	if (r.hi == RANGE_INF)
		return;
	if (!o.where)
		o.what = what_default(dim);
	diag_function(f->rec->name);
	d = diag_new(CAT_UNBALANCED, f->rec->pos,
		     "%s() returns in different states on different paths: %s on some only (%s depth %s at return)",
		     f->rec->name, what_state(o.what), dim_names[dim],
		     range_str(r, buf, sizeof(buf)));
	diag_add_chain(d, o.where);
	diag_emit(d);
}

/*
 * A dimension whose return paths disagree since the calls into other
 * files are known, when nothing tells them apart: reported when @report.
 * The same rule as klint-sparse's, and the same cure: the callers see
 * the value nearest zero, so that one imbalance is reported once, not in
 * every caller up the chain.
 */
static void clamp_unbalanced(const struct lfn *f, struct summary *s, bool report)
{
	int d;

	if (s->by_ret)
		return;
	for (d = 0; d < NR_DIMS; d++) {
		struct range r = s->adj.r[d];

		if (range_is_point(r) || kstate_abs(&s->adj, d) || r.lo < 0 || r.hi <= 0 ||
		    range_eq(r, f->rec->sum->adj.r[d]))
			continue;
		if (report)
			report_unbalanced(f, d, r, s->adj.origin[d]);
		s->adj.r[d] = range_point(r.lo);
		s->clamped = true;
		return;
	}
}

/*
 * @f's summary from its record and its callees' current summaries; with
 * @report, what is wrong in it is reported.
 */
static void recompute(const struct link *l, struct lfn *f, struct summary *s,
		      struct expect *gfp, struct expect *cases, bool report)
{
	struct moved_terms moved;
	int k, i;

	terms_moved(f, &moved);
	f->moved = &moved;
	*s = *f->rec->sum;
	for (k = 0; k < f->nr_pt; k++)
		check_point(l, f, k, &s->expect, report, NULL);
	/*
	 * The gfp case, from the body's own view of the non-blocking mask:
	 * its checks stand as the per-file pass saw them unless a term
	 * passed before them moved the state; its calls into other files
	 * are checked again.
	 */
	*gfp = *f->rec->gfp_expect;
	for (k = 0; f->rec->gfp_param && k < f->nr_pt; k++)
		if (f->pt[k]->kind == POINT_CALL || point_moved(f, k, moved.bits))
			check_point(l, f, k, gfp, false, NULL);
	/*
	 * Each value case likewise, over the points it reaches, with what
	 * the case says of the argument handed on to callees.
	 */
	for (i = 0; i < f->rec->nr_cases; i++) {
		const struct value_case *vc = &f->rec->cases[i];

		cases[i] = vc->expect;
		for (k = 0; k < f->nr_pt; k++)
			if (value_case_live(vc, k) &&
			    (f->pt[k]->kind == POINT_CALL || point_moved(f, k, moved.bits)))
				check_point(l, f, k, &cases[i], false, vc);
	}
	/* Unmoved, the per-file adjustment stands: it saw every path. */
	if (f->rec->nr_rets && !f->rec->sum->clamped && moved.bits) {
		summary_from_rets(f, s);
		clamp_unbalanced(f, s, report);
	}
	f->moved = NULL;
}

static bool cases_eq(const struct lfn *f, const struct expect *cases)
{
	int i;

	for (i = 0; i < f->rec->nr_cases; i++)
		if (!expect_eq(&f->cases[i].expect, &cases[i]))
			return false;
	return true;
}

/*
 * @f's summary and gfp case are now @s and @gfp: its own from the first
 * change.  Without a gfp parameter, the gfp case stays the record's.
 */
static void set_solved(struct lfn *f, const struct summary *s, const struct expect *gfp)
{
	if (!f->solved)
		f->solved = arena_alloc(sizeof(*f->solved));
	*f->solved = *s;
	f->sum = f->solved;
	if (!f->rec->gfp_param)
		return;
	if (!f->gfp_solved)
		f->gfp_solved = arena_alloc(sizeof(*f->gfp_solved));
	*f->gfp_solved = *gfp;
	f->gfp_expect = f->gfp_solved;
}

static void queue(struct link *l, struct lfn *f)
{
	if (f->queued)
		return;
	f->queued = true;
	l->work[l->nr_work++] = f;
}

static void solve(struct link *l)
{
	struct expect cases[MAX_VALUE_CASES];
	struct summary next;
	struct expect gfp;
	int i;

	l->work = ks_calloc(l->nr_fns + 1, sizeof(*l->work));
	for (i = 0; i < l->nr_fns; i++)
		if (l->fns[i]->nr_pt || l->fns[i]->rec->nr_rets)
			queue(l, l->fns[i]);
	while (l->nr_work) {
		struct lfn *f = l->work[--l->nr_work];

		f->queued = false;
		if (f->rounds >= FREEZE_ROUNDS)
			continue;
		recompute(l, f, &next, &gfp, cases, false);
		if (summary_eq(&next, f->sum) && expect_eq(&gfp, f->gfp_expect) &&
		    cases_eq(f, cases))
			continue;
		if (++f->rounds > WIDEN_ROUNDS) {
			kstate_widen(&next.adj, &f->sum->adj);
			next.by_ret = false;
		}
		set_solved(f, &next, &gfp);
		for (i = 0; i < f->rec->nr_cases; i++)
			f->cases[i].expect = cases[i];
		for (i = 0; i < f->nr_callers; i++)
			queue(l, f->callers[i]);
	}
	free(l->work);
	l->work = NULL;
}

void link_set_unresolved_may_sleep(struct link *l, bool on)
{
	l->unresolved_may_sleep = on;
}

void link_solve(struct link *l)
{
	link_resolve(l);
	l->wrapped = link_wrappers(l);
	solve(l);
}

/*
 * A function registered in another file to run in an atomic context, by a
 * call or by a store into a field with a contract: reported in it, at the
 * call that leads to the sleep, with a note on who runs it and how.
 */
static void check_registration(const struct lfn *g, const struct register_record *rr)
{
	const struct entry_context *ec = entry_context(rr->ctx);
	struct range assume[NR_DIMS];
	struct expect mine;
	struct kstate s;
	bool narrowed;
	struct diag *d;
	const struct step *why;
	int dim, bad;

	if (!g)
		return;
	entry_context_state(rr->ctx, &s);
	for (dim = 0; dim < NR_DIMS; dim++) {
		assume[dim] = (struct range){ 0, RANGE_INF };
		if (ec->dims & (1U << dim))
			s.origin[dim].what = ec->what[dim];
	}
	expect_any(&mine);
	/* vfree() in a handler defers its work: waived there, as in one file. */
	if (expect_waived(&g->sum->expect, &s, assume))
		return;
	if (expect_narrow(&mine, assume, &g->sum->expect, &s, &bad, &narrowed, 0) || bad < 0)
		return;
	if (rr->row)
		why = step_new(rr->pos, NULL, "%s() is stored here in %s and %s (%s)",
			       g->rec->name, rr->api, ec->runs, rr->row);
	else
		why = step_new(rr->pos, rr->via, "%s() is registered here by %s() and %s",
			       g->rec->name, rr->api, ec->runs);
	diag_function(g->rec->name);
	d = diag_new(g->sum->expect.last_ref ? CAT_LAST_REF : CAT_ATOMIC_SLEEP,
		     g->sum->expect.why ? g->sum->expect.why->pos : g->rec->pos,
		     "%s() may sleep %swhile %s%s", g->rec->name,
		     g->sum->expect.last_ref ? "if this drops the last reference " : "",
		     what_state(ec->dims & (1U << bad) ? ec->what[bad] : what_default(bad)),
		     kstate_count_str(&s, assume, bad));
	diag_add_chain(d, why);
	diag_add_chain(d, g->sum->expect.why);
	diag_emit(d);
}

/* Whether an expectation rules out some entry state of task context's kinds. */
static bool expect_sleeps(const struct expect *e)
{
	int d;

	for (d = DIM_PREEMPT; d <= DIM_IRQ; d++)
		if (e->r[d].hi != RANGE_INF)
			return true;
	return false;
}

/* -Wtable-mismatch: a row against the summary of the body it describes. */
static void check_row(const struct lfn *f)
{
	const struct fn_record *r = f->rec;
	const struct range adj = f->sum->adj.r[DIM_PREEMPT];
	bool sleeps = expect_sleeps(&f->sum->expect);
	char got[32];
	struct diag *d = NULL;

	diag_function(r->name);
	if (r->row_sleep > 0 && !sleeps)
		d = diag_new(CAT_TABLE_MISMATCH, r->pos,
			     "the row of %s() (%s) says it may sleep; its body never does",
			     r->name, r->row);
	else if (!r->row_sleep && sleeps)
		d = diag_new(CAT_TABLE_MISMATCH, r->pos,
			     "the row of %s() (%s) says it does not sleep; its body may",
			     r->name, r->row);
	if (d) {
		diag_add_chain(d, f->sum->expect.why);
		diag_emit(d);
	}
	if (r->row_has_adj && !kstate_abs(&f->sum->adj, DIM_PREEMPT) &&
	    !(range_is_point(adj) && adj.lo == r->row_adj)) {
		d = diag_new(CAT_TABLE_MISMATCH, r->pos,
			     "the row of %s() (%s) says it changes the preempt depth by %d; its body by %s",
			     r->name, r->row, r->row_adj, range_str(adj, got, sizeof(got)));
		diag_add_chain(d, f->sum->adj.origin[DIM_PREEMPT].where);
		diag_emit(d);
	}
}

/*
 * @g entered in state @at, each atomic depth's origin led by the note of
 * the call that passes it to an API that calls it before it returns:
 * reported in @g, as a registration is, when its final expectation does
 * not accept that state.
 */
static void check_entered(const struct lfn *g, const struct kstate *at,
			  const struct param_call *pc)
{
	const struct expect *e = &g->sum->expect;
	struct range assume[NR_DIMS];
	struct point_args args;
	struct expect mine;
	bool narrowed;
	struct diag *d;
	enum what what;
	int dim, bad;

	for (dim = 0; dim < NR_DIMS; dim++)
		assume[dim] = (struct range){ 0, RANGE_INF };
	/* The constants the API passes decide the callback's value cases. */
	if (pc && pc->known && g->rec->nr_cases) {
		memset(&args, 0, sizeof(args));
		for (dim = 0; dim < MAX_CB_ARGS; dim++) {
			args.known |= pc->known & (1U << dim);
			args.val[dim] = pc->val[dim];
		}
		e = value_case_expect(g->cases, g->rec->nr_cases, e, &args, NULL);
	}
	expect_any(&mine);
	if (expect_waived(e, at, assume))
		return;
	if (expect_narrow(&mine, assume, e, at, &bad, &narrowed, 0) || bad < 0)
		return;
	what = at->origin[bad].what ? at->origin[bad].what : what_default(bad);
	diag_function(g->rec->name);
	d = diag_new(e->last_ref ? CAT_LAST_REF : CAT_ATOMIC_SLEEP,
		     e->why ? e->why->pos : g->rec->pos,
		     "%s() may sleep %swhile %s%s", g->rec->name,
		     e->last_ref ? "if this drops the last reference " : "",
		     what_state(what), kstate_count_str(at, assume, bad));
	diag_add_chain(d, at->origin[bad].where);
	diag_add_chain(d, e->why);
	diag_emit(d);
}

/* A function of another file that the file passing it saw called. */
static void check_pass(const struct link *l, const struct unit_record *u,
		       const struct pass_record *pr)
{
	const struct lfn *g = link_lookup(l, pr->fn, pr->fn_static, u->unit);

	if (g)
		check_entered(g, &pr->at, NULL);
}

/*
 * Call @k of @f passes a function to a callee of another file whose
 * summary says it calls that argument before it returns: the function
 * is entered in the lowest state of the call's cases plus the callee's.
 */
static void check_passed_args(const struct link *l, const struct lfn *f, int k)
{
	const struct kstate *states[MAX_PENDING_CASES];
	const struct point *pt = f->pt[k];
	const struct lfn *api = f->callee[k];
	int K, d, i;

	if (pt->kind != POINT_CALL || pt->callee_local || pt->callee_field || !pt->args ||
	    !api || !api->sum->calls || !pt->n)
		return;
	for (K = 1; K <= MAX_CB_PARAMS && K <= MAX_POINT_ARGS; K++) {
		const struct param_call *pc = &api->sum->calls->p[K - 1];
		const struct lfn *g;
		struct kstate at;

		if (!(api->sum->calls->params & (1U << (K - 1))) || !pt->args->fn[K - 1])
			continue;
		g = link_lookup(l, pt->args->fn[K - 1],
				pt->args->fn_static & (1UL << (K - 1)), f->unit->unit);
		if (!g)
			continue;
		kstate_zero(&at);
		for (i = 0; i < pt->n; i++)
			states[i] = &pt->c[i].s;
		for (d = 0; d < NR_DIMS; d++) {
			struct origin o = f->rec->assume->origin[d];
			int lo = kstate_passed_depth(states, pt->n, d,
						     range_point(f->rec->assume->r[d].lo),
						     &pc->at, &o);

			at.r[d] = range_point(lo);
			at.origin[d] = o;
			if (lo > 0)
				at.origin[d].where = step_new(pt->pos, o.where,
					"%s() is passed to %s() here, which calls it while %s",
					g->rec->name, api->rec->name, what_state(o.what));
		}
		check_entered(g, &at, pc);
	}
}

void link_report(struct link *l, bool all)
{
	const struct wrapped_registration *wr;
	struct expect ignored_cases[MAX_VALUE_CASES];
	struct summary ignored;
	struct expect ignored_gfp;
	struct unit_record *u;
	struct warn_record *w;
	int i;

	for (i = 0; i < l->nr_fns; i++) {
		struct lfn *f = l->fns[i];

		if (!f->nr_pt && !f->rec->nr_rets)
			continue;
		recompute(l, f, &ignored, &ignored_gfp, ignored_cases, true);
	}
	for (i = 0; i < l->nr_fns; i++)
		if (l->fns[i]->rec->row && !l->fns[i]->shadowed)
			check_row(l->fns[i]);
	for (u = l->units; u; u = u->next) {
		const struct register_record *rr;
		const struct pass_record *pr;

		for (rr = u->registers; rr; rr = rr->next)
			check_registration(link_lookup(l, rr->fn, rr->fn_static, u->unit), rr);
		for (pr = u->passes; pr; pr = pr->next)
			check_pass(l, u, pr);
	}
	for (i = 0; i < l->nr_fns; i++) {
		const struct lfn *f = l->fns[i];
		int k;

		for (k = 0; !f->shadowed && k < f->nr_pt; k++)
			check_passed_args(l, f, k);
	}
	for (wr = l->wrapped; wr; wr = wr->next)
		check_registration(wr->fn, &wr->rr);
	if (!all)
		return;
	for (u = l->units; u; u = u->next)
		for (w = u->warns; w && !u->database; w = w->next)
			diag_emit((struct diag *)w->d);
}

struct unit_record *link_database(struct link *l)
{
	struct unit_record *db = NULL, **utail = &db, *u = NULL;
	struct fn_record **ftail = NULL;
	const char *from = NULL;
	int i;

	/* Functions come unit by unit, in input order: one unit record each. */
	for (i = 0; i < l->nr_fns; i++) {
		struct lfn *f = l->fns[i];
		struct fn_record *r;

		if (f->rec->is_static || f->shadowed || f->compiled_out)
			continue;
		if (!from || strcmp(f->rec->unit, from)) {
			from = f->rec->unit;
			u = arena_alloc(sizeof(*u));
			memset(u, 0, sizeof(*u));
			u->unit = f->rec->unit;
			u->database = true;
			*utail = u;
			utail = &u->next;
			ftail = &u->fns;
		}
		r = arena_alloc(sizeof(*r));
		*r = *f->rec;
		r->sum = f->sum;
		r->gfp_expect = f->gfp_expect;
		r->cases = f->cases;
		r->points = NULL;
		r->nr_rets = 0;
		r->next = NULL;
		*ftail = r;
		ftail = &r->next;
	}
	/* What the kernel's stores set, for a module checked against it. */
	if (db)
		db->bits = link_bits_records(l);
	return db;
}

int link_problems(const struct link *l)
{
	return l->problems;
}
