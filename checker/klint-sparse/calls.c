// SPDX-License-Identifier: GPL-2.0
/* What calls do to the atomic state: table rows, summaries, prototypes. */
#include <string.h>

#include "arena.h"
#include "attribute.h"
#include "calls.h"
#include "check.h"
#include "ctx.h"
#include "step.h"
#include "db.h"
#include "frame.h"
#include "indirect.h"
#include "ir.h"
#include "options.h"
#include "diag.h"
#include "entry.h"
#include "record.h"
#include "spec.h"
#include "table.h"

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

void apply_delta(struct flow *fl, struct instruction *insn, bool if_ret,
		 const struct kstate *nz_delta, const struct kstate *z_delta)
{
	const struct kstate *by[NR_RET_CLASSES] = { nz_delta, z_delta, nz_delta };

	if (if_ret)
		flow_fork(fl, insn->target, by, NULL);
	else
		flow_apply(fl, nz_delta);
}

/*
 * An offset of preempt_count() as the kernel adds it: PREEMPT_OFFSET (1)
 * is one preempt depth, SOFTIRQ_DISABLE_OFFSET (0x200) and SOFTIRQ_OFFSET
 * (0x100) one softirq depth, HARDIRQ_OFFSET (0x10000) one hardirq depth;
 * SOFTIRQ_LOCK_OFFSET (0x201) is a softirq and a preempt depth.
 */
static void add_count_offset(struct kstate *delta, long long v)
{
	long long mag = v < 0 ? -v : v;
	int sign = v < 0 ? -1 : 1;
	long softirq = (mag >> 8) & 0xff;

	delta->r[DIM_PREEMPT] = range_add(delta->r[DIM_PREEMPT],
					  range_point(sign * (mag & 0xff)));
	delta->r[DIM_SOFTIRQ] = range_add(delta->r[DIM_SOFTIRQ],
					  range_point(sign * ((softirq + 1) / 2)));
	delta->r[DIM_HARDIRQ] = range_add(delta->r[DIM_HARDIRQ],
					  range_point(sign * ((mag >> 16) & 0xf)));
}

static const char *gfp_desc(const char *name, long long mask)
{
	return arena_printf("%s(%s)", name, table_gfp_describe(mask));
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
 * The argument a gfp=K row names at @insn.  With CONFIG_SLAB_BUCKETS
 * (6.11+), DECL_BUCKET_PARAMS() puts a kmem_buckets pointer after the size
 * of __kmalloc_node_noprof() and its kind, so their mask moves to K + 1:
 * when argument K is not a gfp_t and K + 1 is, the row means K + 1.
 */
static int gfp_position(struct instruction *insn, int k)
{
	if (!argument_is_gfp(insn, k) && argument_is_gfp(insn, k + 1))
		return k + 1;
	return k;
}

/* What a row that may sleep accepts. */
static void row_expect(const struct effect *e, struct expect *x)
{
	int d;

	if (e->fault)
		expect_fault(x);
	else if (e->task_sleep)
		expect_task(x);
	else
		expect_process(x);
	for (d = 0; d < NR_DIMS; d++)
		x->r[d].hi += e->drops[d];
}

static bool acquires(const struct kstate *delta)
{
	int d;

	for (d = 0; d < NR_DIMS; d++)
		if (delta->r[d].lo > 0)
			return true;
	return false;
}

/*
 * The lock a call takes, its first argument, is a valid pointer from
 * then on: the call has written through it.  A guard's destructor tests
 * the lock it kept, "if (_T->lock) spin_unlock(_T->lock)" (cleanup.h's
 * __DEFINE_UNLOCK_GUARD()), and the release must not seem skippable.
 */
static void lock_is_valid(struct flow *fl, struct instruction *insn)
{
	pseudo_t lock = call_argument(insn, 1);
	int i;

	/* a variable's address is known not to be NULL (is_object_address()) */
	if (!lock || (lock->type != PSEUDO_REG && lock->type != PSEUDO_ARG) ||
	    !argument_is_pointer(insn, 1))
		return;
	for (i = 0; i < fl->n; i++)
		facts_add(&fl->c[i].k, lock, 0, SIGN_NONZERO);
}

/*
 * A call to an API that calls its function argument before it returns,
 * as @pcs says: a function of this file passed there is checked, once
 * this file is solved, as entered in the state it is called in; one of
 * the caller's own parameters handed on is called by the caller too.
 * True, with @effect, when what those functions do to the count matters.
 */
static bool pass_callbacks(struct ctx *c, const struct flow *fl, struct instruction *insn,
			   const struct param_calls *pcs, const char *api, const char *row,
			   struct kstate *effect);

/* "callbacks.tbl:12": a row, as notes name it. */
static const char *row_name(const struct effect *e)
{
	const char *base = e->file ? strrchr(e->file, '/') : NULL;

	return arena_printf("%s:%d", base ? base + 1 : e->file ? e->file : "?", e->line);
}

/*
 * @e is the row for what @insn calls.  @api, when not NULL, is the row of
 * the inlined API the user wrote around it, with @api_entry its entry
 * marker: messages use its name and its arguments, kzalloc(GFP_KERNEL)
 * rather than kmalloc_trace(GFP_KERNEL|__GFP_ZERO).
 */
void apply_effect(struct ctx *c, struct flow *fl, struct instruction *insn,
			 const struct effect *e, const struct effect *api,
			 struct instruction *api_entry)
{
	const char *name, *callee, *written;
	struct kstate delta, none, cb_effect;
	bool cb;
	long long v;
	int d;

	/* PREEMPT_RT: _raw_spin_lock() of a spinlock_t is a sleeping lock */
	if (e->rt_variant && points_into(call_argument(insn, e->rt_lock_arg), e->rt_lock_type))
		e = e->rt_variant;
	name = api ? api->display : e->display;
	/* kcalloc(), a macro around kmalloc_array_noprof(): say what was written */
	written = macro_written(insn);
	if (written)
		name = written;
	callee = arena_printf("%s()", name);

	kstate_zero(&delta);
	kstate_zero(&none);
	cb = e->calls && pass_callbacks(c, fl, insn, e->calls, name, row_name(e), &cb_effect);
	if (e->sleep || e->fault || e->task_sleep) {
		struct expect x;

		row_expect(e, &x);
		/* refcount_dec_and_mutex_lock() takes the mutex for the last one only */
		x.last_ref = e->last_ref;
		check_call(c, insn, fl, &x, callee, NULL);
	} else if (e->null_arg &&
		   const_value(call_argument(insn, e->null_arg), c->bind,
			       &c->out->param_dep, &v) && !v) {
		struct expect x;

		expect_process(&x);
		check_call(c, insn, fl, &x, arena_printf("%s(NULL)", name), NULL);
	} else if (e->gfp_arg && gfp_sleeps(c, insn, gfp_position(insn, e->gfp_arg), &v)) {
		struct expect x;

		if (api && api != e && api->gfp_arg)
			const_value(call_argument(api_entry,
						  gfp_position(api_entry, api->gfp_arg)),
				    c->bind, NULL, &v);
		row_expect(e, &x);
		check_call(c, insn, fl, &x, gfp_desc(name, v), NULL);
	}
	for (d = 0; d < NR_DIMS; d++)
		delta.r[d] = range_point(e->adj[d]);
	delta.abs = e->abs;
	if (e->adj_arg &&
	    const_value(call_argument(insn, e->adj_arg), c->bind, NULL, &v)) {
		add_count_offset(&delta, e->adj_arg_sign * v);
		/* preempt_count_add(SOFTIRQ_DISABLE_OFFSET) is no preempt_disable() */
		if (!range_eq(delta.r[DIM_SOFTIRQ], range_point(0)) ||
		    !range_eq(delta.r[DIM_HARDIRQ], range_point(0)))
			callee = arena_printf("%s()", symbol_name(called_symbol(insn)));
	}
	for (d = 0; d < NR_DIMS; d++) {
		if (delta.r[d].hi > 0) {
			/* The row's what= names its preempt depth; others are fixed. */
			enum what w = d == DIM_PREEMPT ? e->what : what_default(d);

			delta.origin[d] = (struct origin){
				w, origin_step(insn, callee, w) };
		}
	}
	if (acquires(&delta))
		lock_is_valid(fl, insn);
	if (e->last_ref && insn->opcode == OP_CALL) {
		const struct kstate *by[NR_RET_CLASSES] = {
			&delta, e->if_ret ? &none : &delta, &delta,
		};

		struct last_ref_mark lr = { insn, name };

		flow_fork(fl, insn->target, by, &lr);
	} else if (e->if_zero) {
		apply_delta(fl, insn, true, &none, &delta);
	} else {
		apply_delta(fl, insn, e->if_ret, &delta, &none);
	}
	if (cb)
		flow_apply(fl, &cb_effect);
}

/*
 * local_irq_restore() with CONFIG_TRACE_IRQFLAGS: sparse merges its test of
 * the saved flags with local_irq_save()'s, so the restore sits only on the
 * side of that test where the flags' interrupt bit is set.  A row with
 * arg-bit=K:MASK is such a call: a branch on "x & MASK" with it on the
 * taken side counts it on the other side too (@f), as the kernel's nesting
 * of save and restore does.
 */
void count_skipped_call(struct instruction *br, struct flow *f)
{
	struct instruction *test = br->cond->type == PSEUDO_REG ? br->cond->def : NULL;
	struct instruction *insn;

	if (!test || !test->bb || test->opcode != OP_AND ||
	    test->src2->type != PSEUDO_VAL)
		return;
	FOR_EACH_PTR(br->bb_true->insns, insn) {
		const struct effect *e;
		struct symbol *sym;
		struct kstate delta;
		int d;

		if (!insn->bb || insn->opcode != OP_INLINED_ENTRY)
			continue;
		sym = called_symbol(insn);
		e = sym && sym->ident ? table_lookup(sym->ident->name, sym->ident->len) : NULL;
		if (!e || !e->arg_bits || e->arg_bits != (unsigned long long)test->src2->value ||
		    call_argument(insn, e->arg_bits_arg) != test->src1)
			continue;
		kstate_zero(&delta);
		for (d = 0; d < NR_DIMS; d++)
			delta.r[d] = range_point(e->adj[d]);
		delta.abs = e->abs;
		flow_apply(f, &delta);
		return;
	} END_FOR_EACH_PTR(insn);
}

/* A callee's adjustment as seen from the call: origins point through it. */
static void lift(struct kstate *out, const struct kstate *adj, struct loc pos,
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

/* The values an argument may take, when it is one of a few constants. */
struct value_sets {
	int n[MAX_BOUND_ARGS];		/* 0: bound, or not known at all */
	long long vals[MAX_BOUND_ARGS][MAX_VALUE_SET];
};

/* Combinations of a call's value sets that are each asked for, at most. */
#define MAX_VALUE_COMBINATIONS	8

static void bind_arguments(struct ctx *c, struct instruction *insn, struct func *g,
			   struct binding *b, struct value_sets *vs)
{
	int i, combos = 1;

	memset(b, 0, sizeof(*b));
	memset(vs, 0, sizeof(*vs));
	for (i = 0; i < MAX_BOUND_ARGS; i++) {
		pseudo_t arg = call_argument(insn, i + 1);
		unsigned long deps = 0;
		int n;

		if (!(g->sum.param_dep & (1UL << i)))
			continue;
		if (const_value(arg, c->bind, &deps, &b->val[i])) {
			b->known |= 1UL << i;
			continue;
		}
		/* Bits the caller's own binding says are clear stay clear, set stay set. */
		b->clear[i] = c->bind ? known_clear_bits(arg, c->bind) : 0;
		b->set[i] = known_set_bits(arg, c->bind);
		/* &dispose: not a value, but never NULL */
		if (is_object_address(arg) || nonnull_value(arg, c->bind))
			b->nonnull |= 1UL << i;
		/* A phi of GFP_ATOMIC and GFP_ATOMIC | __GFP_MEMALLOC: each asked for. */
		n = const_values(arg, c->bind, vs->vals[i]);
		if (n > 1 && combos * n <= MAX_VALUE_COMBINATIONS) {
			vs->n[i] = n;
			combos *= n;
		} else {
			c->out->param_dep |= deps;
		}
	}
}

/*
 * The summary of a call whose arguments take a few values each: the join
 * of the callee's summaries under every combination of them, into @out,
 * so that a mask that cannot block on any path keeps the callee silent.
 */
static const struct summary *summary_for_sets(struct func *g, struct binding *b,
					      const struct value_sets *vs,
					      int caller_scc, struct summary *out)
{
	int idx[MAX_BOUND_ARGS] = { 0 };
	bool first = true;
	int i;

	for (;;) {
		const struct summary *sum;

		for (i = 0; i < MAX_BOUND_ARGS; i++) {
			if (vs->n[i]) {
				b->known |= 1UL << i;
				b->val[i] = vs->vals[i][idx[i]];
			}
		}
		sum = summary_for_call(g, b, caller_scc);
		if (first)
			*out = *sum;
		else
			summary_join_call(out, sum);
		first = false;
		/* The next combination, as an odometer over the sets. */
		for (i = 0; i < MAX_BOUND_ARGS; i++) {
			if (!vs->n[i])
				continue;
			if (++idx[i] < vs->n[i])
				break;
			idx[i] = 0;
		}
		if (i == MAX_BOUND_ARGS)
			return out;
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

/* A call to @name, whose summary is @sum: from this file or a database. */
static void apply_summary(struct ctx *c, struct flow *fl, struct instruction *insn,
			  const char *name, const struct summary *sum)
{
	struct loc pos = report_pos(insn);
	struct kstate adj, cb_effect;
	bool cb = sum->calls && pass_callbacks(c, fl, insn, sum->calls, name, NULL,
						&cb_effect);

	check_call(c, insn, fl, &sum->expect, arena_printf("%s()", name),
		   sum->expect.why);
	if (sum->by_ret) {
		struct kstate lifted[NR_RET_CLASSES];
		const struct kstate *by[NR_RET_CLASSES];
		int r;

		for (r = 0; r < NR_RET_CLASSES; r++) {
			lift(&lifted[r], &sum->adj_by[r], pos, name);
			by[r] = sum->returns[r] ? &lifted[r] : NULL;
		}
		flow_fork(fl, insn->target, by, NULL);
	} else {
		lift(&adj, &sum->adj, pos, name);
		flow_apply(fl, &adj);
	}
	if (cb)
		flow_apply(fl, &cb_effect);
}

/*
 * Bit K-1 for each argument K that is a constant gfp mask that may block.
 * A mask not known here is not guessed, as for the tables' gfp=K rows.
 */
static unsigned long blocking_gfp_arguments(struct ctx *c, struct instruction *insn)
{
	unsigned long bits = 0;
	long long mask;
	int n;

	for (n = 1; n <= MAX_BOUND_ARGS && call_argument(insn, n); n++)
		if (argument_is_gfp(insn, n) && tables.gfp_direct_reclaim &&
		    const_value(call_argument(insn, n), c->bind, NULL, &mask) &&
		    (mask & tables.gfp_direct_reclaim))
			bits |= 1UL << (n - 1);
	return bits;
}

/*
 * The constants and the caller's own parameters a call passes: what the
 * callee's value cases are decided by.  NULL when it passes neither.
 */
#define MAX_POINTER_VALUES	8

static int pointer_targets(pseudo_t p, struct symbol **out, int n, int depth);

static struct point_args *point_args_of(struct ctx *c, struct instruction *insn)
{
	struct symbol *targets[MAX_POINTER_VALUES], *fn;
	struct point_args a;
	long long v;
	int i;

	memset(&a, 0, sizeof(a));
	for (i = 0; i < MAX_POINT_ARGS && i < MAX_BOUND_ARGS; i++) {
		pseudo_t arg = call_argument(insn, i + 1);

		if (!arg)
			break;
		if (const_value(arg, c->bind, NULL, &v)) {
			a.known |= 1UL << i;
			a.val[i] = v;
		} else {
			a.param[i] = argument_of(arg);
			if (a.param[i] > MAX_POINT_ARGS)
				a.param[i] = 0;
			/* &dispose: the callee's NULL test is false */
			if (!a.param[i] && (is_object_address(arg) || nonnull_value(arg, c->bind)))
				a.nonnull |= 1UL << i;
		}
		/* A callee of another file may call it before it returns. */
		if (a.param[i] || (a.known & (1UL << i)) ||
		    pointer_targets(arg, targets, 0, 0) != 1)
			continue;
		fn = targets[0];
		if (fn->ident && strip_node(fn) && strip_node(fn)->type == SYM_FN) {
			a.fn[i] = symbol_name(fn);
			if (fn->ctype.modifiers & MOD_STATIC)
				a.fn_static |= 1UL << i;
		}
	}
	for (i = 0; i < MAX_POINT_ARGS && !a.param[i] && !a.fn[i]; i++)
		;
	if (!a.known && !a.nonnull && i == MAX_POINT_ARGS)
		return NULL;
	return memcpy(arena_alloc(sizeof(a)), &a, sizeof(a));
}

/* A function of a database; unless given a mask that may block, its gfp case. */
static void apply_db(struct ctx *c, struct flow *fl, struct instruction *insn,
		     const struct fn_record *rec)
{
	struct summary sum = *rec->sum;

	if (rec->gfp_param &&
	    !(blocking_gfp_arguments(c, insn) & (1UL << (rec->gfp_param - 1))))
		sum.expect = *rec->gfp_expect;
	else if (rec->nr_cases)
		sum.expect = *value_case_expect(rec->cases, rec->nr_cases, &sum.expect,
						point_args_of(c, insn), NULL);
	apply_summary(c, fl, insn, rec->name, &sum);
}

static void apply_func(struct ctx *c, struct flow *fl, struct instruction *insn,
		       struct func *g)
{
	const struct summary *sum;
	struct summary joined;
	struct value_sets vs;
	struct binding b;
	int i;

	bind_arguments(c, insn, g, &b, &vs);
	for (i = 0; i < MAX_BOUND_ARGS && !vs.n[i]; i++)
		;
	if (i < MAX_BOUND_ARGS)
		sum = summary_for_sets(g, &b, &vs, c->f->scc, &joined);
	else
		sum = summary_for_call(g, &b, c->f->scc);
	if (c->final && c->report && sum->inner)
		emit_inner(c, insn, g, sum);
	apply_summary(c, fl, insn, g->name, sum);
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

	if (attribute_parse(sym->klint_annotation->data, &d, err, sizeof(err)))
		return;
	attribute_expect(&d, &e);
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

static void apply_call(struct ctx *c, struct flow *fl, struct instruction *insn);

bool known_call(struct instruction *insn)
{
	struct symbol *sym = called_symbol(insn);
	const struct effect *e;

	if (!sym || !sym->ident)
		return false;
	if (func_of(sym) || sym->klint_annotation)
		return true;
	e = table_lookup(sym->ident->name, sym->ident->len);
	return e && !e->nosleep && !e->calls_only;
}

/*
 * A call the link step completes: to a function no table names and this
 * file does not define, or to one here that makes such calls itself.
 */
static bool completed_by_link(struct instruction *insn)
{
	struct symbol *sym = called_symbol(insn);
	const struct effect *e;
	struct func *g;

	if (!sym || !sym->ident)
		return false;
	g = func_of(sym);
	if (g)
		return g->open;
	if (sym->klint_annotation || !strncmp(symbol_name(sym), "__builtin_", 10))
		return false;
	e = table_lookup(sym->ident->name, sym->ident->len);
	return (!e || e->calls_only) && !db_lookup(sym->ident->name, sym->ident->len);
}

void number_terms(struct ctx *c)
{
	struct basic_block *bb;
	struct instruction *insn;

	c->nr_terms = 0;
	FOR_EACH_PTR(c->f->ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			if (c->nr_terms == MAX_TERMS)
				return;
			if (insn->bb && insn->opcode == OP_CALL && completed_by_link(insn))
				c->term_insn[c->nr_terms++] = insn;
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
}

int term_of(const struct ctx *c, struct instruction *insn)
{
	int i;

	for (i = 0; i < c->nr_terms; i++)
		if (c->term_insn[i] == insn)
			return i;
	return -1;
}

/* The record of a call the link step completes, with the state before it. */
static struct point *record_call(struct ctx *c, const struct flow *fl,
				 struct instruction *insn, struct symbol *sym)
{
	struct func *g = func_of(sym);
	struct symbol *def = g ? g->sym : sym;
	struct point *pt = pending_point_new(c->pend, POINT_CALL, report_pos(insn));
	struct flow guarded = *fl;
	int i;

	/* Past a !in_atomic() test the entry is known: the path is guarded. */
	guarded.n = 0;
	for (i = 0; i < fl->n; i++)
		if ((fl->c[i].known & COUNT_KNOWN) != COUNT_KNOWN)
			guarded.c[guarded.n++] = fl->c[i];
	pt->term = term_of(c, insn);
	pt->site = insn;
	pt->args = point_args_of(c, insn);
	pt->blocking_gfp = blocking_gfp_arguments(c, insn);
	pt->callee = symbol_name(sym);
	pt->callee_static = (def->ctype.modifiers & MOD_STATIC) != 0;
	pt->callee_local = g != NULL;
	record_cases(pt, &guarded);
	return pt;
}

/* With --unresolved-may-sleep, a call no function is known for may sleep. */
static void unresolved_call(struct ctx *c, struct flow *fl, struct instruction *insn,
			    const char *callee)
{
	struct expect x;

	if (!opts.unresolved_may_sleep)
		return;
	expect_process(&x);
	check_call(c, insn, fl, &x, callee,
		   step_new(report_pos(insn), NULL,
			    "no function is known for %s: taken to sleep (--unresolved-may-sleep)",
			    callee));
}

/* The functions a local pointer may hold: symbols merged by phis and selects. */
static int pointer_targets(pseudo_t p, struct symbol **out, int n, int depth)
{
	pseudo_t src;

	if (!p || depth > 8 || n < 0)
		return -1;
	if (p->type == PSEUDO_SYM) {
		if (n == MAX_POINTER_VALUES)
			return -1;
		out[n] = p->sym;
		return n + 1;
	}
	if (p->type != PSEUDO_REG || !p->def)
		return -1;
	switch (p->def->opcode) {
	case OP_COPY:
	case OP_PTRCAST:
		return pointer_targets(p->def->src, out, n, depth + 1);
	case OP_SEL:
		n = pointer_targets(p->def->src2, out, n, depth + 1);
		return pointer_targets(p->def->src3, out, n, depth + 1);
	case OP_PHI:
		FOR_EACH_PTR(p->def->phi_list, src) {
			if (src == VOID || !src->def)
				continue;
			n = pointer_targets(src->def->phi_src, out, n, depth + 1);
		} END_FOR_EACH_PTR(src);
		return n;
	default:
		return -1;
	}
}

/* A call through parameter @k: the summary says in which state, with what. */
static void parameter_called(struct ctx *c, const struct flow *fl,
			     struct instruction *insn, int k)
{
	struct param_call pc;
	long long v;
	int i;

	if (!c->final || !fl->n || k > MAX_CB_PARAMS)
		return;
	memset(&pc, 0, sizeof(pc));
	flow_state(fl, &pc.at);
	for (i = 0; i < MAX_CB_ARGS; i++) {
		pseudo_t arg = call_argument(insn, i + 1);

		if (arg && const_value(arg, c->bind, NULL, &v)) {
			pc.known |= 1U << i;
			pc.val[i] = v;
		}
	}
	param_calls_add(c->out, k, &pc);
}

/*
 * The lowest depths a function passed at @insn is entered with: the
 * lowest of any path here, plus what @pc says the API adds.  Each
 * atomic depth's origin gets a first note saying who calls it.
 */
static void entered_state(struct ctx *c, const struct flow *fl, struct instruction *insn,
			  const struct param_call *pc, const char *fn, const char *api,
			  const char *row, struct sync_entry *e)
{
	const struct kstate *states[MAX_CASES];
	int d, i;

	for (i = 0; i < fl->n; i++)
		states[i] = &fl->c[i].s;
	for (d = 0; d < NR_DIMS; d++) {
		struct origin o = c->f->assume_origin[d];
		int lo = kstate_passed_depth(states, fl->n, d, range_point(c->f->assume[d].lo),
					     &pc->at, &o);

		e->lo[d] = lo;
		e->origin[d] = o;
		if (lo <= 0)
			continue;
		e->origin[d].where = step_new(report_pos(insn), o.where,
					      "%s() is passed to %s() here, which calls it while %s%s%s%s",
					      fn, api, what_state(o.what),
					      row ? " (" : "", row ? row : "", row ? ")" : "");
	}
}

/*
 * What the functions of this file passed at @insn do to the count, into
 * @effect: each may be called any number of times, none included, so
 * their adjustments are joined with zero.  False if all are balanced.
 */
static bool callback_effect(const struct func *g, struct instruction *insn,
			    struct kstate *effect, bool any)
{
	struct kstate zero, adj;
	int d;

	kstate_zero(&zero);
	if (!g || kstate_eq(&g->sum.adj, &zero))
		return any;
	lift(&adj, &g->sum.adj, report_pos(insn), g->name);
	for (d = 0; d < NR_DIMS; d++)
		if (!kstate_abs(&adj, d))
			adj.r[d] = range_join(adj.r[d], range_point(0));
	if (any)
		kstate_join(effect, &adj);
	else
		*effect = adj;
	return true;
}

/* A parameter of ours handed on to @api, which calls it as @pc says. */
static void hand_on(struct ctx *c, const struct flow *fl, struct instruction *insn,
		    const struct param_call *pc, const char *api, int j)
{
	struct param_call mine = *pc;
	struct kstate by = pc->at;
	int d;

	for (d = 0; d < NR_DIMS; d++)
		if (by.r[d].lo > 0)
			by.origin[d].where = step_new(report_pos(insn), by.origin[d].where,
				"it is handed on to %s() here, which calls it while %s",
				api, what_state(by.origin[d].what));
	flow_state(fl, &mine.at);
	kstate_apply(&mine.at, &by);
	param_calls_add(c->out, j, &mine);
}

/* Function @fn (@g, if its body is here) is passed at @insn to @api. */
static void pass_one(struct ctx *c, const struct flow *fl, struct instruction *insn,
		     const struct param_call *pc, struct symbol *fn, struct func *g,
		     const char *api, const char *row)
{
	struct sync_entry e;
	int a;

	memset(&e, 0, sizeof(e));
	e.g = g;
	entered_state(c, fl, insn, pc, symbol_name(fn), api, row, &e);
	if (!g) {
		/* Of another file: the link step checks it. */
		if (c->pend)
			entry_pass_elsewhere(fn, report_pos(insn), api, &e);
		return;
	}
	for (a = 0; a < MAX_CB_ARGS && a < MAX_BOUND_ARGS; a++) {
		if (!(pc->known & (1U << a)) || !(g->sum.param_dep & (1UL << a)))
			continue;
		e.bind.known |= 1UL << a;
		e.bind.val[a] = pc->val[a];
	}
	entry_pass(&e);
}

static bool pass_callbacks(struct ctx *c, const struct flow *fl, struct instruction *insn,
			   const struct param_calls *pcs, const char *api, const char *row,
			   struct kstate *effect)
{
	bool record = c->final && !c->reentered && fl->n, any = false;
	int k;

	for (k = 1; k <= MAX_CB_PARAMS; k++) {
		const struct param_call *pc = &pcs->p[k - 1];
		struct symbol *targets[MAX_POINTER_VALUES];
		pseudo_t arg = call_argument(insn, k);
		int i, j, n;

		if (!(pcs->params & (1U << (k - 1))) || !arg)
			continue;
		j = parameter_of(arg);
		if (j) {
			if (record)
				hand_on(c, fl, insn, pc, api, j);
			continue;
		}
		n = pointer_targets(arg, targets, 0, 0);
		for (i = 0; i < n; i++) {
			struct func *g = func_of(targets[i]);

			any = callback_effect(g, insn, effect, any);
			if (record && c->report && !c->bind)
				pass_one(c, fl, insn, pc, targets[i], g, api, row);
		}
	}
	return any;
}

/*
 * A call through a local function pointer whose values are all known
 * functions: checked against each of them.
 */
static bool pointer_values(struct ctx *c, struct flow *fl, struct instruction *insn)
{
	struct symbol *targets[MAX_POINTER_VALUES];
	int i, n = pointer_targets(insn->func, targets, 0, 0);

	if (n <= 0)
		return false;
	for (i = 0; i < n; i++) {
		struct func *g = func_of(targets[i]);
		const struct effect *e;
		struct expect x;
		const char *name = symbol_name(targets[i]);

		if (g) {
			if (!expect_is_any(&g->sum.expect))
				check_call(c, insn, fl, &g->sum.expect,
					   arena_printf("%s()", g->name),
					   step_new(report_pos(insn), g->sum.expect.why,
						    "the pointer called here may be %s()", g->name));
			continue;
		}
		e = targets[i]->ident ?
			table_lookup(targets[i]->ident->name, targets[i]->ident->len) : NULL;
		if (!e || !e->sleep)
			continue;
		expect_process(&x);
		check_call(c, insn, fl, &x, arena_printf("%s()", name),
			   step_new(report_pos(insn), NULL,
				    "the pointer called here may be %s(), which may sleep", name));
	}
	return true;
}

/*
 * A call through a field with a contract (@entry-field) is checked against
 * the contract, not against the functions stored there: each of those is
 * checked once against it where it is stored (entry.c), so the call
 * neither fans out here nor at the link step.  A field whose functions run
 * in an atomic context never sleeps when called; one whose functions run
 * in a task may sleep at every call.
 */
static bool contract_call(struct ctx *c, struct flow *fl, struct instruction *insn,
			  const char *type, const char *member)
{
	const char *row;
	int ctx = table_entry_field(type, member, &row);
	struct expect x;

	if (ctx < 0)
		return false;
	if (entry_context_atomic(ctx))
		return true;
	expect_process(&x);
	check_call(c, insn, fl, &x, arena_printf("%s->%s()", type, member),
		   step_new(report_pos(insn), NULL,
			    "the functions of %s.%s run in a task and may sleep (%s)",
			    type, member, row));
	return true;
}

/*
 * A call through a struct field: checked against each function of this
 * file stored there, and left to the link step for the others.  What the
 * candidates do to the state is not applied: they are taken to be
 * balanced, as most operations are.
 */
static void indirect_call(struct ctx *c, struct flow *fl, struct instruction *insn)
{
	const struct candidate *cand;
	const char *type, *key, *member, *callee;
	struct point *pt;
	int k = parameter_of(insn->func);

	if (k)
		parameter_called(c, fl, insn, k);
	if (pointer_values(c, fl, insn))
		return;
	if (!indirect_field(insn, &type, &key, &member)) {
		unresolved_call(c, fl, insn, "an indirect call");
		return;
	}
	if (contract_call(c, fl, insn, type, member))
		return;
	callee = arena_printf("%s->%s()", type, member);
	if (c->pend) {
		pt = pending_point_new(c->pend, POINT_CALL, report_pos(insn));
		pt->callee = arena_printf("%s.%s", key, member);
		pt->callee_field = true;
		pt->site = insn;
		pt->args = point_args_of(c, insn);
		record_cases(pt, fl);
		c->cur_point = pt;
	}
	c->open_call = true;
	if (!indirect_candidates(key, member))
		unresolved_call(c, fl, insn, callee);
	for (cand = indirect_candidates(key, member); cand; cand = cand->next) {
		const struct summary *sum = &cand->fn->sum;
		const struct step *why;

		if (expect_is_any(&sum->expect))
			continue;
		why = step_new(loc_of(cand->pos), sum->expect.why,
			       "%s.%s may be %s(), stored here", type, member,
			       cand->fn->name);
		c->candidate = cand->fn->name;
		check_call(c, insn, fl, &sum->expect, callee, why);
	}
	c->candidate = NULL;
	c->open_call = false;
	c->cur_point = NULL;
}

void call_effect(struct ctx *c, struct flow *fl, struct instruction *insn)
{
	int term;

	if (!called_symbol(insn)) {
		indirect_call(c, fl, insn);
		return;
	}
	c->open_call = completed_by_link(insn);
	c->cur_point = c->open_call && c->pend ?
		record_call(c, fl, insn, called_symbol(insn)) : NULL;
	apply_call(c, fl, insn);
	c->open_call = false;
	c->cur_point = NULL;
	term = term_of(c, insn);
	if (term >= 0)
		flow_pass_term(fl, term);
}

static void apply_call(struct ctx *c, struct flow *fl, struct instruction *insn)
{
	struct symbol *sym = called_symbol(insn);
	struct instruction *entry = NULL;
	const struct effect *api = frame_api(insn, &entry), *e;
	const struct fn_record *rec;
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
	rec = db_lookup(sym->ident->name, sym->ident->len);
	/* A database's summary says how its body calls the callback, if it does. */
	if (e && e->calls_only && !(rec && rec->sum->calls)) {
		struct kstate cb_effect;

		if (pass_callbacks(c, fl, insn, e->calls, e->display, row_name(e), &cb_effect))
			flow_apply(fl, &cb_effect);
	} else if (e && !e->calls_only) {
		apply_effect(c, fl, insn, e, api, entry);
		return;
	}
	if (rec)
		apply_db(c, fl, insn, rec);
	else
		apply_unknown(c, fl, insn, api ? api->display : symbol_name(sym));
}
