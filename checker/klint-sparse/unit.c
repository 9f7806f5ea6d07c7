// SPDX-License-Identifier: GPL-2.0
/*
 * Summaries flow bottom-up: the call graph's strongly connected components
 * are visited callees first (Tarjan's order), and a component with
 * recursion is iterated until its summaries stop changing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "arena.h"
#include "calls.h"
#include "step.h"
#include "entry.h"
#include <sparse/expression.h>
#include <sparse/linearize.h>
#include "field.h"
#include "field-bits.h"
#include "frame.h"
#include "warn.h"
#include "func.h"
#include "handon.h"
#include "indirect.h"
#include "ir.h"
#include "options.h"
#include "spec.h"
#include "diag.h"
#include <sparse/symbol.h>
#include "table.h"
#include "unit.h"

/* Rounds before a recursive component's adjustments are widened. */
#define SCC_ROUNDS	4
#define SCC_MAX_ROUNDS	12

static void keep_store(const struct field_store *st, void *arg)
{
	struct unit *u = arg;

	if (!st->fn) {
		field_bits_add_init(&u->bits, st);
		return;
	}
	ks_grow(&u->stores, &u->max_stores, u->nr_stores, sizeof(*u->stores));
	u->stores[u->nr_stores++] = *st;
}

static void add_func(struct unit *u, struct func *f)
{
	ks_grow(&u->stack, &u->max_stack, u->table.nr, sizeof(*u->stack));
	func_table_add(&u->table, f);
}

static void visit(struct unit *u, struct func *f);

static void visit_callee(struct unit *u, struct func *f, struct func *g)
{
	if (g->index < 0) {
		visit(u, g);
		if (g->low < f->low)
			f->low = g->low;
	} else if (g->on_stack && g->index < f->low) {
		f->low = g->index;
	}
}

/* Tarjan's algorithm; components get numbers callees-first. */
static void visit(struct unit *u, struct func *f)
{
	struct basic_block *bb;
	struct instruction *insn;
	struct func *g;

	f->index = f->low = u->next_index++;
	u->stack[u->nr_stack++] = f;
	f->on_stack = true;
	FOR_EACH_PTR(f->ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			pseudo_t arg;

			if (!insn->bb || insn->opcode != OP_CALL)
				continue;
			g = func_of(called_symbol(insn));
			if (g)
				visit_callee(u, f, g);
			/*
			 * A function passed as an argument may be called before
			 * the call returns: what it does to the count is applied
			 * there, so its summary comes first.
			 */
			FOR_EACH_PTR(insn->arguments, arg) {
				g = arg->type == PSEUDO_SYM ? func_of(arg->sym) : NULL;
				if (g)
					visit_callee(u, f, g);
			} END_FOR_EACH_PTR(arg);
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
	if (f->low != f->index)
		return;
	do {
		g = u->stack[--u->nr_stack];
		g->on_stack = false;
		g->scc = u->nr_sccs;
	} while (g != f);
	u->nr_sccs++;
}

static bool calls_itself(struct func *f)
{
	struct basic_block *bb;
	struct instruction *insn;

	FOR_EACH_PTR(f->ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			if (insn->bb && insn->opcode == OP_CALL &&
			    func_of(called_symbol(insn)) == f)
				return true;
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
	return false;
}

static void compare_declared(struct func *f)
{
	char want[64], got[64];
	struct diag *d;
	int i;

	if (!f->declared || f->declared_unchecked)
		return;
	if (f->has_declared_adj && !range_eq(f->sum.adj.r[DIM_PREEMPT],
					     f->declared_adj.r[DIM_PREEMPT])) {
		d = diag_new(CAT_ANNOTATION, loc_of(f->sym->pos),
			     "%s() is annotated adjust=%s but changes the preempt count by %s",
			     f->name,
			     range_str(f->declared_adj.r[DIM_PREEMPT], want, sizeof(want)),
			     range_str(f->sum.adj.r[DIM_PREEMPT], got, sizeof(got)));
		diag_add_chain(d, f->sum.adj.origin[DIM_PREEMPT].where);
		diag_emit(d);
	}
	for (i = 0; i < NR_DIMS; i++) {
		if (range_contains(f->sum.expect.r[i], f->declared->r[i]))
			continue;
		d = diag_new(CAT_ANNOTATION, loc_of(f->sym->pos),
			     "%s() is annotated to accept %s depth %s but accepts only %s",
			     f->name, dim_names[i],
			     range_str(f->declared->r[i], want, sizeof(want)),
			     range_str(f->sum.expect.r[i], got, sizeof(got)));
		diag_add_chain(d, f->sum.expect.why);
		diag_emit(d);
		return;
	}
}

/* What callers see of a function whose annotation is to be trusted. */
static void publish_declared(struct func *f)
{
	if (!f->declared || !f->declared_unchecked)
		return;
	f->sum.expect = *f->declared;
	if (f->has_declared_adj) {
		f->sum.adj = f->declared_adj;
		f->sum.by_ret = false;
	}
	f->sum.param_dep = 0;
}

static void dump_kstate(const char *label, const struct kstate *s)
{
	char buf[64];
	int d;

	printf(" %s=", label);
	for (d = 0; d < NR_DIMS; d++)
		printf("%s%s:%s%s", d ? "," : "", dim_names[d],
		       kstate_abs(s, d) ? "=" : "", range_str(s->r[d], buf, sizeof(buf)));
}

/* One line a function, for --dump-summaries: what callers will see. */
static void dump_summary(const struct func *f)
{
	const struct summary *s = &f->sum;
	char buf[64];
	int d;

	printf("%s:%d: %s", loc_of(f->sym->pos).file, f->sym->pos.line, f->name);
	if (s->by_ret) {
		static const char *const label[NR_RET_CLASSES] = {
			[RET_NEG] = "adjust-negative",
			[RET_ZERO] = "adjust-zero",
			[RET_POS] = "adjust-positive",
		};

		for (d = 0; d < NR_RET_CLASSES; d++)
			if (s->returns[d])
				dump_kstate(label[d], &s->adj_by[d]);
	} else {
		dump_kstate("adjust", &s->adj);
	}
	printf(" expect=");
	for (d = 0; d < NR_DIMS; d++)
		printf("%s%s:%s", d ? "," : "", dim_names[d],
		       range_str(s->expect.r[d], buf, sizeof(buf)));
	if (s->expect.last_ref)
		printf(" last-ref");
	if (s->param_dep)
		printf(" args=%#lx", s->param_dep);
	printf("\n");
}

/*
 * A global function that sleeps only when its caller's gfp mask allows:
 * callers in other files cannot have it specialized, so its expectation
 * for a mask that cannot block goes into the summary file.
 */
static void gfp_expectation(struct func *f)
{
	const struct summary *spec;
	struct binding b = { 0 };
	unsigned long atomic;
	int i;

	f->gfp_param = 0;
	if (!f->sum.param_dep || (f->sym->ctype.modifiers & MOD_STATIC) ||
	    f->declared_unchecked || !table_gfp_value("GFP_ATOMIC", &atomic))
		return;
	for (i = 0; i < MAX_BOUND_ARGS; i++) {
		if (!(f->sum.param_dep & (1UL << i)) || !parameter_is_gfp(f->sym, i + 1))
			continue;
		b.known = 1UL << i;
		b.val[i] = atomic;
		spec = summary_for_call(f, &b, -1);
		if (spec == &f->sum)
			return;
		/*
		 * All of what this file shows, open checks included: the link
		 * step checks them again only where a term moved the state.
		 */
		f->gfp_expect = spec->expect;
		f->gfp_param = i + 1;
		return;
	}
}

/* Which of @f's pending points a case reaches, from the blocks it reached. */
static unsigned long long live_points(const struct func *f, const bool *reached, int nr_bbs)
{
	const struct point *pt;
	unsigned long long live = 0;
	int k = 0;

	for (pt = f->pend.points; pt && k < 64; pt = pt->next, k++) {
		const struct instruction *insn = pt->site;
		long i = insn && insn->bb ? (long)insn->bb->priv : -1;

		if (i < 0 || i >= nr_bbs || reached[i])
			live |= 1ULL << k;
	}
	return live;
}

/*
 * Whether @b decides a branch that leaves a block of @f unreached: a case
 * that cuts nothing is the function itself, and costs an analysis.  A walk
 * of the blocks from the entry (numbered in the IR's order, as the
 * analysis numbers them), taking one side of each branch @b decides.
 */
static bool binding_cuts(struct func *f, const struct binding *b, int nr_bbs)
{
	struct basic_block **stack, *bb, *next;
	struct instruction *br;
	bool *seen, cut = false, decided = false;
	int i = 0, n = 0, reached = 0;
	long long v, v2;

	FOR_EACH_PTR(f->ep->bbs, bb) {
		bb->priv = (void *)(long)i++;
	} END_FOR_EACH_PTR(bb);
	seen = ks_calloc(nr_bbs, sizeof(*seen));
	stack = ks_malloc(nr_bbs * sizeof(*stack));
	stack[n++] = f->ep->entry->bb;
	seen[(long)f->ep->entry->bb->priv] = true;
	while (n) {
		bb = stack[--n];
		reached++;
		br = last_instruction(bb->insns);
		/* a switch the binding decides: the analysis takes its case */
		if (br && br->opcode == OP_SWITCH && const_value(br->cond, b, NULL, &v) &&
		    !const_value(br->cond, NULL, NULL, &v2))
			decided = true;
		if (br && br->opcode == OP_CBR && nonnull_value(br->cond, b)) {
			v = 1;
			cut = true;
		} else if (br && br->opcode == OP_CBR && const_truth(br->cond, b, NULL, &v) &&
			   !const_truth(br->cond, NULL, NULL, &v2)) {
			cut = true;
		} else {
			br = NULL;
		}
		if (br) {
			next = v ? br->bb_true : br->bb_false;
			if (!seen[(long)next->priv]) {
				seen[(long)next->priv] = true;
				stack[n++] = next;
			}
			continue;
		}
		FOR_EACH_PTR(bb->children, next) {
			if (!seen[(long)next->priv]) {
				seen[(long)next->priv] = true;
				stack[n++] = next;
			}
		} END_FOR_EACH_PTR(next);
	}
	free(seen);
	free(stack);
	return decided || (cut && reached < nr_bbs);
}

/*
 * A global function whose sleeping depends on a test of another argument
 * (a flag, a timeout, a command): callers in other files pass values this
 * file cannot see, so its expectation when each test is false goes into
 * the summary file with the points that case still reaches.
 */
/* The tests of @f's callees in this file on what @f hands them of its own. */
static int inherited_tests(struct func *f, unsigned long params, int n)
{
	struct basic_block *bb;
	struct instruction *insn;
	int i;

	FOR_EACH_PTR(f->ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			struct func *g;

			if (!insn->bb || insn->opcode != OP_CALL)
				continue;
			g = func_of(called_symbol(insn));
			for (i = 0; g && g != f && i < g->nr_tests; i++) {
				int arg = argument_of(call_argument(insn, g->tests[i].arg));

				if (arg >= 1 && arg <= MAX_BOUND_ARGS && (params & (1UL << (arg - 1))))
					n = arg_test_add(f->tests, n, MAX_VALUE_CASES, arg,
							 g->tests[i].mask, g->tests[i].value);
			}
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
	return n;
}

/* Whether @e accepts every entry state @in accepts. */
static bool expect_within(const struct expect *in, const struct expect *e)
{
	int d;

	for (d = 0; d < NR_DIMS; d++)
		if (!range_contains(e->r[d], in->r[d]))
			return false;
	return true;
}

/* What the analyses of one function's value cases share. */
struct case_walk {
	int nr_bbs;
	bool *reached;			/* by block, of the case being analysed */
	unsigned long long all;		/* every point of the function */
};

/*
 * The case of test @t of @f (its own test if @own), with the bits of an
 * "arg & mask" test all @set rather than clear, added unless it tells
 * nothing the function's summary does not.
 */
static void arg_case(struct func *f, const struct arg_test *t, bool own, bool set,
		     struct case_walk *w)
{
	struct value_case *vc = &f->cases[f->nr_cases];
	struct binding b = { 0 };
	struct summary sum;
	int a = t->arg - 1;

	if (set) {
		b.set[a] = t->value;
	} else if (t->mask) {
		b.clear[a] = t->value;
	} else {
		b.known = 1UL << a;
		b.val[a] = t->value;
	}
	if (own && !binding_cuts(f, &b, w->nr_bbs))
		return;
	memset(w->reached, 0, w->nr_bbs * sizeof(*w->reached));
	analyse_reached(f, &b, &sum, w->reached);
	memset(vc, 0, sizeof(*vc));
	vc->arg = t->arg;
	vc->mask = t->mask && !set;
	vc->set = set;
	vc->value = t->value;
	vc->expect = sum.expect;
	vc->live = live_points(f, w->reached, w->nr_bbs) & w->all;
	/* One handed on is for the link step to decide in the callee. */
	if (own && vc->live == w->all && expect_eq(&vc->expect, &f->sum.expect))
		return;
	/*
	 * Bits set only rule paths out: a case that asks more than what the
	 * summary file says of the function found it through callees
	 * specialized on the bits, whose bodies assume more than their
	 * summaries say (rpm_suspend()'s lock, dropped around schedule(),
	 * under __pm_runtime_idle(dev, RPM_ASYNC)).  The summary stands.
	 */
	if (set && !expect_within(f->open ? &f->sum.closed : &f->sum.expect, &vc->expect))
		return;
	f->nr_cases++;
}

static void value_cases(struct func *f)
{
	struct field_test fields[MAX_VALUE_CASES];
	struct arg_test *tests = f->tests;
	unsigned long params = f->sum.param_dep;
	unsigned long long all;
	struct basic_block *bb;
	struct summary sum;
	bool *reached;
	int i, k, n, own, room, nr_fields, nr_bbs = 0, nr_points = 0;
	const struct point *pt;
	struct case_walk w;

	f->nr_cases = f->nr_tests = 0;
	if (f->gfp_param)
		params &= ~(1UL << (f->gfp_param - 1));
	if (f->declared_unchecked)
		return;
	n = own = 0;
	if (params) {
		own = arg_tests(f->ep, params, tests, 0, MAX_VALUE_CASES);
		n = inherited_tests(f, params, own);
	}
	f->nr_tests = n;
	/* Nothing to rule out: no sleep here, nothing for the link to finish. */
	if (expect_is_any(&f->sum.expect) && !f->pend.points)
		return;
	/*
	 * A static function's callers are here, and specialize the calls;
	 * only what the link step finishes needs a case, its own tests.
	 */
	if (f->sym->ctype.modifiers & MOD_STATIC)
		n = handon_tests(f, tests, own, MAX_VALUE_CASES);
	nr_fields = field_tests(f->ep, fields, 0, MAX_VALUE_CASES - own);
	if (!n && !nr_fields)
		return;
	FOR_EACH_PTR(f->ep->bbs, bb) {
		nr_bbs++;
	} END_FOR_EACH_PTR(bb);
	/* A field test that decides no branch here is no case. */
	for (i = k = 0; i < nr_fields; i++) {
		struct binding b = { 0 };

		field_test_bind(&b, &fields[i]);
		if (binding_cuts(f, &b, nr_bbs))
			fields[k++] = fields[i];
	}
	nr_fields = k;
	/*
	 * The function's own tests first, of arguments then of fields; the
	 * tests of callees it hands its arguments to fill what is left.
	 */
	room = MAX_VALUE_CASES - nr_fields;
	if (n > room)
		n = room;
	if (!n && !nr_fields)
		return;
	for (pt = f->pend.points; pt; pt = pt->next)
		nr_points++;
	all = nr_points >= 64 ? ~0ULL : (1ULL << nr_points) - 1;
	reached = ks_calloc(nr_bbs, sizeof(*reached));
	w.nr_bbs = nr_bbs;
	w.reached = reached;
	w.all = all;
	for (i = 0; i < n && f->nr_cases < room; i++)
		arg_case(f, &tests[i], i < own, false, &w);
	/* A pointer tested for NULL that a caller passes as &object: not NULL. */
	for (i = 0; i < n && f->nr_cases < room; i++) {
		struct value_case *vc = &f->cases[f->nr_cases];
		struct binding b = { 0 };
		struct symbol *t;

		if (tests[i].mask || tests[i].value)
			continue;
		t = strip_node(nth_argument_type(f->sym, tests[i].arg));
		if (!t || t->type != SYM_PTR)
			continue;
		b.nonnull = 1UL << (tests[i].arg - 1);
		if (i < own && !binding_cuts(f, &b, nr_bbs))
			continue;
		memset(reached, 0, nr_bbs * sizeof(*reached));
		analyse_reached(f, &b, &sum, reached);
		memset(vc, 0, sizeof(*vc));
		vc->arg = tests[i].arg;
		vc->ne = true;
		vc->expect = sum.expect;
		vc->live = live_points(f, reached, nr_bbs) & all;
		if (i < own && vc->live == all && expect_eq(&vc->expect, &f->sum.expect))
			continue;
		f->nr_cases++;
	}
	for (i = 0; i < nr_fields && f->nr_cases < MAX_VALUE_CASES; i++) {
		struct value_case *vc = &f->cases[f->nr_cases];
		struct binding b = { 0 };

		field_test_bind(&b, &fields[i]);
		memset(reached, 0, nr_bbs * sizeof(*reached));
		analyse_reached(f, &b, &sum, reached);
		memset(vc, 0, sizeof(*vc));
		vc->field_type = fields[i].type;
		vc->field_member = fields[i].member;
		/* a NULL test's case is "not NULL"; a bit test's, "clear" */
		vc->ne = fields[i].nonnull;
		vc->mask = !fields[i].nonnull;
		vc->value = fields[i].mask;
		vc->expect = sum.expect;
		vc->live = live_points(f, reached, nr_bbs) & all;
		if (vc->live == all && expect_eq(&vc->expect, &f->sum.expect))
			continue;
		f->nr_cases++;
	}
	/* Bits all set last: fewer callers decide them than the cases above. */
	for (i = 0; i < n && f->nr_cases < MAX_VALUE_CASES; i++)
		if (tests[i].mask)
			arg_case(f, &tests[i], i < own, true, &w);
	free(reached);
}

static void finish(struct func *f)
{
	diag_function(f->name);
	compare_declared(f);
	publish_declared(f);
	f->finished = true;
	if (opts.dump_summaries)
		dump_summary(f);
}

static void widen_summary(struct summary *into, const struct summary *from)
{
	int d;

	kstate_widen(&into->adj, &from->adj);
	if (into->by_ret && from->by_ret) {
		struct kstate *by = summary_own_adj_by(into);

		for (d = 0; d < NR_RET_CLASSES; d++) {
			into->returns[d] |= from->returns[d];
			kstate_widen(&by[d], &from->adj_by[d]);
		}
	} else {
		into->by_ret = false;
		into->adj_by = NULL;
	}
	into->expect = from->expect;
	into->param_dep |= from->param_dep;
	into->calls = from->calls;
}

static void solve_component(struct func **members, int n)
{
	struct summary next;
	bool changed = true;
	int round, i;

	for (round = 0; changed && round < SCC_MAX_ROUNDS; round++) {
		changed = false;
		for (i = 0; i < n; i++) {
			struct func *f = members[i];

			analyse(f, NULL, false, &next);
			if (summary_eq(&next, &f->sum))
				continue;
			changed = true;
			if (round >= SCC_ROUNDS)
				widen_summary(&f->sum, &next);
			else
				f->sum = next;
			publish_declared(f);
		}
	}
	/*
	 * The fixed point is reached: calls between members may now be
	 * specialized (pskb_expand_head(GFP_ATOMIC) inside the component
	 * that skb_copy_ubufs() closes), not taken at their joined summary.
	 */
	for (i = 0; i < n; i++)
		members[i]->finished = true;
	for (i = 0; i < n; i++) {
		analyse(members[i], NULL, true, &next);
		if (changed)
			widen_summary(&members[i]->sum, &next);
		else
			members[i]->sum = next;
		finish(members[i]);
	}
	for (i = 0; i < n; i++) {
		gfp_expectation(members[i]);
		value_cases(members[i]);
	}
}

static int by_scc(const void *a, const void *b)
{
	const struct func *fa = *(struct func *const *)a;
	const struct func *fb = *(struct func *const *)b;

	if (fa->scc != fb->scc)
		return fa->scc < fb->scc ? -1 : 1;
	return fa->index < fb->index ? -1 : fa->index > fb->index;
}

static bool has_body(struct symbol *sym)
{
	struct symbol *base = sym->ctype.base_type;

	return sym->type == SYM_NODE && base && base->type == SYM_FN && base->stmt;
}

/*
 * Each function passed to an API that calls it before it returns, whose
 * summary does not accept the state it is called in there, is analysed
 * again as entered in that state: the report lands in it, at the call
 * that leads to the sleep, where the fix goes.  Its summary is its own
 * and does not change: it may be called elsewhere in a task.
 */
static void check_passes(void)
{
	const struct sync_entry *p;
	int d;

	for (p = entry_passes(); p; p = p->next) {
		struct func *g = p->g;
		const struct summary *sum = p->bind.known ?
			summary_for_call(g, &p->bind, -1) : &g->sum;
		struct range assume[NR_DIMS], any[NR_DIMS];
		struct origin origin[NR_DIMS];
		struct kstate s;
		bool raise = false;

		kstate_zero(&s);
		for (d = 0; d < NR_DIMS; d++) {
			s.r[d] = range_point(p->lo[d]);
			any[d] = (struct range){ 0, RANGE_INF };
			if (p->lo[d] > g->assume[d].lo && p->lo[d] > sum->expect.r[d].hi)
				raise = true;
		}
		if (!raise || expect_waived(&sum->expect, &s, any))
			continue;
		memcpy(assume, g->assume, sizeof(assume));
		memcpy(origin, g->assume_origin, sizeof(origin));
		for (d = 0; d < NR_DIMS; d++) {
			if (p->lo[d] <= g->assume[d].lo)
				continue;
			g->assume[d].lo = p->lo[d];
			g->assume_origin[d] = p->origin[d];
		}
		analyse_entered(g, p->bind.known ? &p->bind : NULL);
		memcpy(g->assume, assume, sizeof(assume));
		memcpy(g->assume_origin, origin, sizeof(origin));
	}
}

void unit_check(struct unit *u, struct symbol_list *syms)
{
	struct func **funcs;
	struct symbol *sym;
	struct entrypoint *ep;
	int i, j, n;

	u->table.nr = u->nr_stack = u->next_index = u->nr_sccs = 0;
	frame_release();
	warn_release();
	spec_set_provider(analyse);
	FOR_EACH_PTR(syms, sym) {
		expand_symbol(sym);
		if (!has_body(sym))
			continue;
		ep = linearize_symbol(sym);
		if (ep && opts.dump_ir)
			show_entry(ep);
		if (ep)
			add_func(u, func_new(sym, ep));
	} END_FOR_EACH_PTR(sym);
	funcs = u->table.funcs;
	n = u->table.nr;
	/*
	 * What the IR says of inlined APIs and WARN_ON() conditions does not
	 * change from one analysis to the next: found once a function, kept
	 * for the file (known_call() needs every function of it in the table).
	 */
	field_bits_reset(&u->bits);
	for (i = 0; i < n; i++) {
		frame_scan(funcs[i]->ep, known_call);
		warn_scan(funcs[i]->ep);
		field_bits_scan(&u->bits, funcs[i]->ep);
		handon_scan(funcs[i]);
	}
	u->nr_stores = 0;
	field_scan(syms, keep_store, u);
	entry_scan(funcs, n, u->stores, u->nr_stores);
	indirect_scan(u->stores, u->nr_stores);
	for (i = 0; i < n; i++)
		if (funcs[i]->index < 0)
			visit(u, funcs[i]);
	if (n)
		qsort(funcs, n, sizeof(*funcs), by_scc);
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && funcs[j]->scc == funcs[i]->scc; j++)
			;
		if (j - i == 1 && !calls_itself(funcs[i])) {
			analyse(funcs[i], NULL, true, &funcs[i]->sum);
			finish(funcs[i]);
			gfp_expectation(funcs[i]);
			value_cases(funcs[i]);
		} else {
			solve_component(funcs + i, j - i);
		}
	}
	check_passes();
	func_table_unlink(&u->table);
}
