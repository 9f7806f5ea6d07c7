// SPDX-License-Identifier: GPL-2.0
/*
 * The per-function dataflow: a forward pass over the linearized IR that
 * computes the atomic state at every instruction relative to entry, checks
 * every call against its callee's expectation and builds the summary.
 *
 * The state is path-sensitive in one way only: it may hold a pending
 * condition, the states on the two sides of one value being non-zero.
 * That is what a trylock, or a wrapper returning with a lock held only on
 * success, needs; the branch that tests the value picks its side.
 */
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "attribute.h"
#include "chain.h"
#include "context.h"
#include "flow.h"
#include "frames.h"
#include "func.h"
#include "ir.h"
#include "options.h"
#include "report.h"
#include "symbol.h"
#include "table.h"

/* Visits to a loop head before its state is widened: enough for nested ifs. */
#define WIDEN_AFTER		4
#define WIDEN_ALWAYS_AFTER	24

struct exits {
	bool any_seen, nz_seen, z_seen;
	struct kstate any, nz, z;
	struct position pos;
};

static void join_exit(struct kstate *into, bool *seen, const struct kstate *from)
{
	if (*seen)
		kstate_join(into, from);
	else
		*into = *from;
	*seen = true;
}

struct ctx {
	struct func *f;
	const struct binding *bind;
	bool report;		/* emit diagnostics */
	bool final;		/* states are stable: check calls, build summary */
	struct summary *out;
	struct flow *in;
	int *visits;
	struct basic_block **bbs;
	int nr_bbs;
	int *work, nr_work;
	bool *queued;
	struct exits exits;
	bool after_known_call;	/* a sparse context here repeats that call */
	struct symbol *last_callee;	/* whose attributes a context comes from */
	struct instruction *last_call;
};

static int bb_index(struct basic_block *bb)
{
	return (int)(long)bb->priv;
}

static void enqueue(struct ctx *c, int i)
{
	if (c->queued[i])
		return;
	c->queued[i] = true;
	c->work[c->nr_work++] = i;
}

static struct instruction *phi_source(struct instruction *phi, struct basic_block *from)
{
	pseudo_t p;

	FOR_EACH_PTR(phi->phi_list, p) {
		if (p != VOID && p->def && p->def->bb == from)
			return p->def;
	} END_FOR_EACH_PTR(p);
	return NULL;
}

/* Whether one of @phi's sources is the constant zero: NULL, or success. */
static bool phi_has_zero(struct ctx *c, struct instruction *phi)
{
	pseudo_t p;
	long long v;

	FOR_EACH_PTR(phi->phi_list, p) {
		if (p != VOID && p->def &&
		    const_value(p->def->phi_src, c->bind, NULL, &v) && !v)
			return true;
	} END_FOR_EACH_PTR(p);
	return false;
}

/*
 * An edge into a block that merges values, as a function's return block
 * does with "return 0" and "return 1", tags the phi with what it is on
 * this edge: the join then keeps the states apart by the phi's value.
 */
static void condition_on_phi(struct ctx *c, struct flow *edge,
			     struct basic_block *from, struct basic_block *to)
{
	struct instruction *insn, *src;
	long long v;
	int i, t;

	FOR_EACH_PTR(to->insns, insn) {
		if (!insn->bb)
			continue;
		if (insn->opcode != OP_PHI)
			break;
		src = phi_source(insn, from);
		flow_untag(edge, insn->target);
		if (!src)
			continue;
		for (i = 0; i < edge->n; i++) {
			struct fcase *k = &edge->c[i];

			if (const_value(src->phi_src, c->bind, NULL, &v))
				t = v != 0;
			else
				t = case_truth(k, src->phi_src);
			/*
			 * "return NULL" on one path and a pointer on another:
			 * the pointer is taken to be non-NULL, as in
			 * find_lock_task_mm(), which returns with the task
			 * locked exactly when it finds one.
			 */
			if (t < 0 && phi_has_zero(c, insn))
				t = 1;
			if (t >= 0)
				case_tag(k, insn->target, t);
		}
	} END_FOR_EACH_PTR(insn);
}

static void propagate(struct ctx *c, const struct flow *fl, struct basic_block *from,
		      struct basic_block *to)
{
	struct flow edge = *fl;
	int i = bb_index(to), visits;
	bool widen;

	/* The last pass reads the stable states; it must not move them. */
	if (!edge.n || c->final)
		return;
	condition_on_phi(c, &edge, from, to);
	visits = ++c->visits[i];
	/* Loops are entered through retreating edges; any block, as a backstop. */
	widen = (visits > WIDEN_AFTER && bb_index(from) >= i) ||
		visits > WIDEN_ALWAYS_AFTER;
	if (flow_join(&c->in[i], &edge, widen))
		enqueue(c, i);
}

/* ---- what calls do ---- */

/* The user's function an inlined API was reached through, if any. */
static const char *inlined_from(struct instruction *insn, const char *api)
{
	struct instruction *e, *outer = NULL;
	const char *name;

	for (e = insn->inlined_in; e; e = e->inlined_in)
		outer = e;
	if (!outer)
		return NULL;
	name = symbol_name(called_symbol(outer));
	return strncmp(name, api, strlen(name)) ? name : NULL;
}

static const struct step *origin_step(struct instruction *insn, const char *name,
				      enum what what)
{
	const char *via = inlined_from(insn, name);

	if (via)
		return step_new(report_pos(insn), NULL, "%s %s here, in inlined %s()",
				name, what_action(what), via);
	return step_new(report_pos(insn), NULL, "%s %s here", name,
			what_action(what));
}

static const char *count_str(const struct ctx *c, const struct kstate *s, int bad)
{
	static const long weight[NR_DIMS] = { 1, 0x200, 0x10000, 0, 0 };
	long lo = 0, hi = 0;
	bool inf = false, composite = false;
	char buf[64];
	int d;

	if (bad == DIM_IRQ)
		return "";
	for (d = 0; d < NR_DIMS; d++) {
		struct range r = range_add(s->r[d], range_point(c->f->assume[d].lo));

		if (!weight[d])
			continue;
		if (d != DIM_PREEMPT && (r.lo || r.hi))
			composite = true;
		if (r.hi >= RANGE_INF)
			inf = true;
		lo += weight[d] * (r.lo > 0 ? r.lo : 0);
		hi += weight[d] * (r.hi > 0 && r.hi < RANGE_INF ? r.hi : 0);
	}
	if (composite && !inf && lo == hi)
		return arena_printf(" (preempt count %#lx)", lo);
	if (composite)
		return arena_printf(" (preempt count %#lx%s)", lo, inf ? ".." : "");
	return arena_printf(" (preempt count %s)",
			    range_str(range_add(s->r[DIM_PREEMPT],
						range_point(c->f->assume[DIM_PREEMPT].lo)),
				      buf, sizeof(buf)));
}

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
		if (fl->c[i].s.r[d].lo + c->f->assume[d].lo > e->r[d].hi)
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
	d = diag_new(s ? CAT_ATOMIC_SLEEP : CAT_MAYBE_ATOMIC, report_pos(insn),
		     "%s may sleep while %s%s%s", callee, s ? "" : "possibly ",
		     what_state(o.what), count_str(c, s ? s : all, bad));
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
 * Checks a call whose callee accepts entry states @e.  A call that is
 * illegal whatever this function's caller does is reported here, where
 * the fix goes; otherwise it narrows this function's own expectation.
 */
static void check_call(struct ctx *c, struct instruction *insn, const struct flow *fl,
		       const struct expect *e, const char *callee, const struct step *why)
{
	struct expect *mine = &c->out->expect;
	struct range ok[NR_DIMS];
	bool narrowed = false, was_any = expect_is_any(mine);
	struct flow faulting;
	struct kstate s;
	int d, i;

	if (!c->final || expect_is_any(e))
		return;
	if (e->unless_nofault) {
		/* Paths with page faults off are excused, one by one. */
		faulting = *fl;
		faulting.n = 0;
		for (i = 0; i < fl->n; i++) {
			struct range nf = fl->c[i].s.r[DIM_NOFAULT];

			if (nf.lo + c->f->assume[DIM_NOFAULT].lo <= 0)
				faulting.c[faulting.n++] = fl->c[i];
		}
		if (!faulting.n)
			return;
		fl = &faulting;
	}
	flow_state(fl, &s);
	for (d = 0; d < NR_DIMS; d++) {
		struct range allowed = range_meet(c->f->assume[d], mine->r[d]);

		ok[d] = range_meet(range_solve(e->r[d], s.r[d]), allowed);
		if (!range_empty(ok[d]))
			continue;
		/* Less atomic than the callee wants is a balance bug: not ours. */
		if (s.r[d].hi != RANGE_INF && s.r[d].hi + allowed.lo <= e->r[d].hi)
			return;
		violation(c, insn, fl, &s, d, e, callee, why);
		return;
	}
	for (d = 0; d < NR_DIMS; d++) {
		if (!range_eq(ok[d], mine->r[d]))
			narrowed = true;
		mine->r[d] = ok[d];
	}
	/* Still waived for our callers only if page faults were untouched here. */
	if (!e->unless_nofault || !range_eq(s.r[DIM_NOFAULT], range_point(0)))
		mine->unless_nofault = false;
	else if (was_any)
		mine->unless_nofault = true;
	if (narrowed && !mine->why)
		mine->why = step_new(report_pos(insn), why, "%s() calls %s%s",
				     c->f->name, callee, why ? "" : ", which may sleep");
}

static void apply_delta(struct flow *fl, struct instruction *insn, bool if_ret,
			const struct kstate *nz_delta, const struct kstate *z_delta)
{
	if (if_ret)
		flow_fork(fl, insn->target, nz_delta, z_delta);
	else
		flow_apply(fl, nz_delta);
}

static const char *gfp_desc(const char *name, long long mask)
{
	return arena_printf("%s(%s)", name, gfp_describe(mask));
}

/* Whether the gfp argument @n may sleep; unknown masks are not guessed. */
static bool gfp_sleeps(struct ctx *c, struct instruction *insn, int n, long long *mask)
{
	pseudo_t arg = call_argument(insn, n);

	if (!arg || !tables.gfp_direct_reclaim)
		return false;
	if (!const_value(arg, c->bind, &c->out->param_dep, mask))
		return false;
	return (*mask & tables.gfp_direct_reclaim) != 0;
}

/*
 * @e is the row for what @insn calls.  @api, when not NULL, is the row of
 * the inlined API the user wrote around it, with @api_entry its entry
 * marker: messages use its name and its arguments, kzalloc(GFP_KERNEL)
 * rather than kmalloc_trace(GFP_KERNEL|__GFP_ZERO).
 */
static void apply_effect(struct ctx *c, struct flow *fl, struct instruction *insn,
			 const struct effect *e, const struct effect *api,
			 struct instruction *api_entry)
{
	const char *name = api ? api->display : e->display;
	const char *callee = arena_printf("%s()", name);
	struct kstate delta, none;
	long long v;
	int d;

	kstate_zero(&delta);
	kstate_zero(&none);
	if (e->sleep || e->fault) {
		struct expect x;

		if (e->fault)
			expect_fault(&x);
		else
			expect_process(&x);
		check_call(c, insn, fl, &x, callee, NULL);
	} else if (e->gfp_arg && gfp_sleeps(c, insn, e->gfp_arg, &v)) {
		struct expect x;

		if (api && api != e && api->gfp_arg)
			const_value(call_argument(api_entry, api->gfp_arg), c->bind,
				    NULL, &v);
		expect_process(&x);
		check_call(c, insn, fl, &x, gfp_desc(name, v), NULL);
	}
	for (d = 0; d < NR_DIMS; d++)
		delta.r[d] = range_point(e->adj[d]);
	if (e->adj_arg &&
	    const_value(call_argument(insn, e->adj_arg), c->bind, NULL, &v))
		delta.r[DIM_PREEMPT] = range_point(e->adj[DIM_PREEMPT] +
						   e->adj_arg_sign * v);
	for (d = 0; d < NR_DIMS; d++) {
		if (delta.r[d].hi > 0) {
			enum what w = d == DIM_PREEMPT || e->what == WHAT_IRQ ||
				      d == DIM_IRQ ? e->what : what_default(d);

			if (d == DIM_IRQ)
				w = WHAT_IRQ;
			delta.origin[d] = (struct origin){
				w, origin_step(insn, callee, w) };
		}
	}
	apply_delta(fl, insn, e->if_ret, &delta, &none);
}

/* A callee's adjustment as seen from the call: origins point through it. */
static void lift(struct kstate *out, const struct kstate *adj, struct position pos,
		 const char *name)
{
	int d;

	*out = *adj;
	for (d = 0; d < NR_DIMS; d++) {
		const struct origin *o = &adj->origin[d];

		if (adj->r[d].hi <= 0 || !o->where)
			continue;
		out->origin[d].where = step_new(pos, o->where,
						"after %s() returns here, %s",
						name, what_state(o->what));
	}
}

static void bind_arguments(struct ctx *c, struct instruction *insn, struct func *g,
			   struct binding *b)
{
	int i;

	memset(b, 0, sizeof(*b));
	for (i = 0; i < MAX_BOUND_ARGS; i++) {
		unsigned long deps = 0;

		if (!(g->sum.param_dep & (1UL << i)))
			continue;
		if (const_value(call_argument(insn, i + 1), c->bind, &deps, &b->val[i]))
			b->known |= 1UL << i;
		else
			c->out->param_dep |= deps;
	}
}

static void emit_inner(struct ctx *c, struct instruction *insn, struct func *g,
		       const struct summary *sum)
{
	struct diag *d;

	for (d = sum->inner; d; d = d->next) {
		struct diag *copy = arena_alloc(sizeof(*copy));

		*copy = *d;
		copy->next = NULL;
		diag_add_chain(copy, step_new(report_pos(insn), NULL,
			"%s() is called here with the arguments that make it sleep",
			g->name));
		diag_emit(copy);
	}
}

static void apply_func(struct ctx *c, struct flow *fl, struct instruction *insn,
		       struct func *g)
{
	struct position pos = report_pos(insn);
	const struct summary *sum;
	struct kstate nz, z;
	struct binding b;

	bind_arguments(c, insn, g, &b);
	sum = summary_for_call(g, &b, c->f->scc);
	check_call(c, insn, fl, &sum->expect, arena_printf("%s()", g->name),
		   sum->expect.why);
	if (c->final && c->report && sum->inner)
		emit_inner(c, insn, g, sum);
	if (sum->by_ret) {
		lift(&nz, &sum->adj_nz, pos, g->name);
		lift(&z, &sum->adj_z, pos, g->name);
		apply_delta(fl, insn, true, &nz, &z);
	} else {
		lift(&nz, &sum->adj, pos, g->name);
		apply_delta(fl, insn, false, &nz, &nz);
	}
}

/* A call to something the tables do not name and this file does not define. */
static void apply_unknown(struct ctx *c, struct flow *fl, struct instruction *insn,
			  const char *name)
{
	struct pseudo *arg;
	long long mask;
	int n = 0;

	FOR_EACH_PTR(insn->arguments, arg) {
		n++;
		if (argument_is_gfp(insn, n) && gfp_sleeps(c, insn, n, &mask)) {
			struct expect x;

			expect_process(&x);
			check_call(c, insn, fl, &x, gfp_desc(name, mask), NULL);
			return;
		}
	} END_FOR_EACH_PTR(arg);
}

/* A function with no body here whose prototype carries klint_preempt. */
static void apply_declared(struct ctx *c, struct flow *fl, struct instruction *insn,
			   struct symbol *sym)
{
	const char *name = symbol_name(sym);
	struct declared d;
	struct expect e;
	struct kstate delta;
	char err[128];

	if (declared_parse(sym->klint_annotation->data, &d, err, sizeof(err)))
		return;
	declared_expect(&d, &e);
	check_call(c, insn, fl, &e, arena_printf("%s()", name), NULL);
	kstate_zero(&delta);
	delta.r[DIM_PREEMPT] = range_point(d.adjust);
	if (d.adjust > 0)
		delta.origin[DIM_PREEMPT] = (struct origin){ WHAT_PREEMPT,
			step_new(report_pos(insn), NULL,
				 "%s() raises the preempt count here (by its annotation)",
				 name) };
	apply_delta(fl, insn, false, &delta, &delta);
}

static bool known_call(struct instruction *insn)
{
	struct symbol *sym = called_symbol(insn);
	const struct effect *e;

	if (!sym || !sym->ident)
		return false;
	if (func_of(sym) || sym->klint_annotation)
		return true;
	e = table_lookup(sym->ident->name, sym->ident->len);
	return e && !e->nosleep;
}

static void do_call(struct ctx *c, struct flow *fl, struct instruction *insn)
{
	struct symbol *sym = called_symbol(insn);
	struct instruction *entry = NULL;
	const struct effect *api = frame_api(insn, &entry), *e;
	struct func *g;

	c->after_known_call = known_call(insn);
	/* Contexts that follow come from its attributes only if it has some. */
	c->last_callee = sym && sym->ctype.contexts ? sym : NULL;
	c->last_call = insn;
	if (!sym || !sym->ident)
		return;
	g = func_of(sym);
	if (g) {
		apply_func(c, fl, insn, g);
		return;
	}
	if (sym->klint_annotation) {
		apply_declared(c, fl, insn, sym);
		return;
	}
	e = table_lookup(sym->ident->name, sym->ident->len);
	/* An API without a gfp argument does not explain an allocation. */
	if (api && e && e->gfp_arg && !api->gfp_arg)
		api = NULL;
	if (e)
		apply_effect(c, fl, insn, e, api, entry);
	else
		apply_unknown(c, fl, insn, api ? api->display : symbol_name(sym));
}

/*
 * The call whose non-zero result guards @insn's block, as __cond_lock(lock,
 * call) expands to, or NULL.
 */
static struct instruction *guarding_call(struct instruction *insn)
{
	struct basic_block *parent;
	struct instruction *br;
	pseudo_t cond;
	int n = 0;

	FOR_EACH_PTR(insn->bb->parents, parent) {
		n++;
	} END_FOR_EACH_PTR(parent);
	if (n != 1)
		return NULL;
	parent = first_basic_block(insn->bb->parents);
	br = last_instruction(parent->insns);
	if (!br || br->opcode != OP_CBR || br->bb_true != insn->bb)
		return NULL;
	for (cond = br->cond, n = 0; cond && cond->type == PSEUDO_REG && n < 4; n++) {
		struct instruction *def = cond->def;

		if (!def || !def->bb)
			return NULL;
		if (def->opcode == OP_CALL)
			return def;
		if (def->opcode != OP_COPY && def->opcode != OP_ZEXT &&
		    def->opcode != OP_SEXT && def->opcode != OP_SET_NE)
			return NULL;
		cond = def->opcode == OP_SET_NE ? def->src1 : def->src;
	}
	return NULL;
}

/*
 * A __context__ statement, rather than a callee's attribute, counts only
 * where it describes a lock: inside an inlined helper, or guarded by a call
 * the checker does not know, as __cond_lock() does.  In a function's own
 * body it is bookkeeping for sparse's balance check (double_rq_lock()'s
 * __acquire() of a lock it took once), and the tables know the real locks.
 */
static bool statement_counts(struct instruction *insn)
{
	struct instruction *call = guarding_call(insn);

	if (call)
		return !known_call(call);
	return insn->inlined_in != NULL;
}

static const struct step *context_step(struct ctx *c, struct instruction *insn,
				       enum what what)
{
	struct instruction *call = c->last_call, *e, *outer = NULL;
	const char *how = "by its context annotation";

	if (!c->last_callee) {
		call = guarding_call(insn);
		how = "by __cond_lock()";
	}
	if (call)
		return step_new(report_pos(call), NULL, "%s() %s here (%s)",
				symbol_name(called_symbol(call)),
				what_action(what), how);
	for (e = insn->inlined_in; e; e = e->inlined_in)
		outer = e;
	return step_new(report_pos(insn), NULL, "%s() %s here (by __acquire())",
			symbol_name(called_symbol(outer)), what_action(what));
}

static void do_context(struct ctx *c, struct flow *fl, struct instruction *insn)
{
	struct kstate delta;
	enum what what;

	if (c->after_known_call || !insn->increment)
		return;
	if (!c->last_callee && !statement_counts(insn))
		return;
	if (!context_is_atomic(insn->context_expr, c->last_callee, &what))
		return;
	kstate_zero(&delta);
	delta.r[DIM_PREEMPT] = range_point(insn->increment);
	if (insn->increment > 0)
		delta.origin[DIM_PREEMPT] = (struct origin){ what,
			context_step(c, insn, what) };
	apply_delta(fl, insn, false, &delta, &delta);
}

static void branch(struct ctx *c, struct flow *fl, struct instruction *insn)
{
	struct flow t, f;
	unsigned long deps = 0;
	long long v;

	if (const_value(insn->cond, c->bind, &deps, &v)) {
		propagate(c, fl, insn->bb, v ? insn->bb_true : insn->bb_false);
		return;
	}
	c->out->param_dep |= deps;
	flow_split(fl, insn->cond, &t, &f);
	propagate(c, &t, insn->bb, insn->bb_true);
	propagate(c, &f, insn->bb, insn->bb_false);
}

static void ret(struct ctx *c, struct flow *fl, struct instruction *insn)
{
	struct exits *x = &c->exits;
	pseudo_t src = insn->src;
	bool known;
	long long v;
	int i, t;

	if (!c->final)
		return;
	x->pos = insn->pos;
	known = src && src != VOID && const_value(src, c->bind, NULL, &v);
	for (i = 0; i < fl->n; i++) {
		const struct kstate *s = &fl->c[i].s;

		t = -1;
		if (known)
			t = v != 0;
		else if (src && src != VOID)
			t = case_truth(&fl->c[i], src);
		if (t > 0)
			join_exit(&x->nz, &x->nz_seen, s);
		else if (!t)
			join_exit(&x->z, &x->z_seen, s);
		else
			join_exit(&x->any, &x->any_seen, s);
	}
}

static void transfer(struct ctx *c, struct flow *fl, struct instruction *insn)
{
	const struct effect *api = NULL;
	struct basic_block *child;

	if (insn->opcode != OP_CALL && insn->opcode != OP_CONTEXT) {
		c->after_known_call = false;
		c->last_callee = NULL;
	}
	/* SSA values are defined once per pass: a loop makes old facts stale. */
	if (insn->opcode != OP_PHI && insn->target && insn->target->type == PSEUDO_REG &&
	    opcode_table[insn->opcode].flags & OPF_TARGET)
		flow_untag(fl, insn->target);
	switch (insn->opcode) {
	case OP_CALL:
	case OP_CONTEXT:
	case OP_INLINED_ENTRY:
		switch (frame_rule(insn, &api)) {
		case FRAME_SUPPRESS:
			return;
		case FRAME_APPLY:
			apply_effect(c, fl, insn, api, NULL, NULL);
			c->after_known_call = false;
			return;
		case FRAME_NORMAL:
			break;
		}
		break;
	default:
		break;
	}
	switch (insn->opcode) {
	case OP_CALL:
		do_call(c, fl, insn);
		return;
	case OP_CONTEXT:
		do_context(c, fl, insn);
		return;
	case OP_CBR:
		branch(c, fl, insn);
		fl->n = 0;
		return;
	case OP_BR:
		propagate(c, fl, insn->bb, insn->bb_true);
		fl->n = 0;
		return;
	case OP_SWITCH:
	case OP_COMPUTEDGOTO:
		FOR_EACH_PTR(insn->bb->children, child) {
			propagate(c, fl, insn->bb, child);
		} END_FOR_EACH_PTR(child);
		fl->n = 0;
		return;
	case OP_RET:
		ret(c, fl, insn);
		fl->n = 0;
		return;
	case OP_UNREACH:
		fl->n = 0;
		return;
	default:
		break;
	}
}

static void run_block(struct ctx *c, int i)
{
	struct basic_block *bb = c->bbs[i];
	struct flow fl = c->in[i];
	struct instruction *insn;

	c->after_known_call = false;
	c->last_callee = NULL;
	FOR_EACH_PTR(bb->insns, insn) {
		if (!insn->bb)
			continue;
		transfer(c, &fl, insn);
		if (!fl.n)
			return;
	} END_FOR_EACH_PTR(insn);
}

static void solve(struct ctx *c)
{
	while (c->nr_work) {
		int i = c->work[--c->nr_work];

		c->queued[i] = false;
		run_block(c, i);
	}
}

static void exits_to_summary(struct ctx *c)
{
	struct exits *x = &c->exits;
	struct summary *out = c->out;

	out->adj = x->any_seen ? x->any : x->nz_seen ? x->nz : x->z;
	if (x->any_seen && x->nz_seen)
		kstate_join(&out->adj, &x->nz);
	if ((x->any_seen || x->nz_seen) && x->z_seen)
		kstate_join(&out->adj, &x->z);
	out->by_ret = !x->any_seen && x->nz_seen && x->z_seen &&
		      !kstate_eq(&x->nz, &x->z);
	if (out->by_ret) {
		out->adj_nz = x->nz;
		out->adj_z = x->z;
	}
}

/* The dimension whose return paths disagree with nothing to tell them apart. */
static int unbalanced_dim(const struct summary *out)
{
	int d;

	if (out->by_ret)
		return -1;
	for (d = 0; d < NR_DIMS; d++) {
		struct range r = out->adj.r[d];

		if (range_is_point(r))
			continue;
		/* A parameter tells the paths apart, unless a loop is unbounded. */
		if (out->param_dep && r.lo != -RANGE_INF && r.hi != RANGE_INF)
			continue;
		/* Below the entry state on some path: see the release case. */
		if (r.lo < 0)
			continue;
		/*
		 * Releasing on some paths only is mostly a lock taken by a
		 * function this file cannot see: reported once the link step
		 * sees it.  Holding on some paths only is reported now.
		 */
		if (r.hi <= 0)
			continue;
		return d;
	}
	return -1;
}

/*
 * Reported once, where it happens: callers see the value nearest zero, so
 * one forgotten unlock does not make every caller up the chain unbalanced.
 */
static void check_balance(struct ctx *c)
{
	struct summary *out = c->out;
	int d = unbalanced_dim(out);
	struct origin o;
	struct range r;
	struct diag *diag;
	char buf[64];

	if (d < 0)
		return;
	o = out->adj.origin[d];
	r = out->adj.r[d];
	out->adj.r[d] = range_point(r.lo > 0 ? r.lo : r.hi < 0 ? r.hi : 0);
	if (!c->report)
		return;
	if (!o.where)
		o.what = what_default(d);
	diag = diag_new(CAT_UNBALANCED, c->f->sym->pos,
			"%s() returns in different states on different paths: %s on some only (%s depth %s at return)",
			c->f->name, what_state(o.what), dim_names[d],
			range_str(r, buf, sizeof(buf)));
	diag_add_chain(diag, o.where);
	diag_emit(diag);
}

static void setup(struct ctx *c)
{
	struct basic_block *bb;
	int n = 0;

	FOR_EACH_PTR(c->f->ep->bbs, bb) {
		n++;
	} END_FOR_EACH_PTR(bb);
	c->nr_bbs = n;
	c->bbs = ks_calloc(n, sizeof(*c->bbs));
	c->in = ks_calloc(n, sizeof(*c->in));
	c->visits = ks_calloc(n, sizeof(*c->visits));
	c->work = ks_calloc(n, sizeof(*c->work));
	c->queued = ks_calloc(n, sizeof(*c->queued));
	n = 0;
	FOR_EACH_PTR(c->f->ep->bbs, bb) {
		bb->priv = (void *)(long)n;
		c->bbs[n++] = bb;
	} END_FOR_EACH_PTR(bb);
}

static void teardown(struct ctx *c)
{
	free(c->bbs);
	free(c->in);
	free(c->visits);
	free(c->work);
	free(c->queued);
}

static void start(struct ctx *c)
{
	struct basic_block *entry = c->f->ep->entry->bb;
	int i;

	for (i = 0; i < c->nr_bbs; i++) {
		memset(&c->in[i], 0, sizeof(c->in[i]));
		c->visits[i] = 0;
	}
	i = bb_index(entry);
	flow_entry(&c->in[i]);
	enqueue(c, i);
}

void analyse(struct func *f, const struct binding *bind, bool report,
	     struct summary *out)
{
	struct ctx c = { .f = f, .bind = bind, .report = report, .out = out };
	int i;

	summary_neutral(out);
	if (!f->ep || !f->ep->entry)
		return;
	frames_scan(f->ep, known_call);
	setup(&c);
	start(&c);
	solve(&c);
	/* States are stable: one more pass in block order checks and builds. */
	c.final = true;
	for (i = 0; i < c.nr_bbs; i++)
		if (c.in[i].n)
			run_block(&c, i);
	exits_to_summary(&c);
	check_balance(&c);
	teardown(&c);
}
