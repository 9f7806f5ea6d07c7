// SPDX-License-Identifier: GPL-2.0
/*
 * The per-function dataflow: a forward pass over the linearized IR that
 * computes the atomic state at every instruction relative to entry, checks
 * every call against its callee's expectation and builds the summary.
 *
 * The value at each point is a few path cases (flow.h): a branch sends
 * each case where its known values allow, a merge of constants tags the
 * cases with the merged value, and a function's return value tells the
 * summary which adjustment goes with which result.
 */
#include <string.h>

#include "analysis.h"
#include "arena.h"
#include "calls.h"
#include "context-effect.h"
#include "ctx.h"
#include "frame.h"
#include "warn.h"
#include "ir.h"
#include "diag.h"
#include "table.h"

/* Visits to a loop head before its state is widened: enough for nested ifs. */
#define WIDEN_AFTER		4
#define WIDEN_ALWAYS_AFTER	24

static void join_exit(struct kstate *into, bool *seen, const struct kstate *from)
{
	if (*seen)
		kstate_join(into, from);
	else
		*into = *from;
	*seen = true;
}

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

#define MAX_PHI_CLIMB	8

/*
 * The phi-source for the edge from @from.  Sparse leaves a phi-source in
 * the block of the store it copies, not always in the edge's own block:
 * the lock a conditional guard keeps, "_T->lock = NULL" on failure and
 * the lock stored earlier on success, has both its sources in the block
 * before the trylock.  So the search climbs from @from through blocks
 * with one parent; in the first block holding sources of @phi, the last
 * store there reaches the edge, and they must all copy the same value.
 */
static struct instruction *phi_source(struct instruction *phi, struct basic_block *from)
{
	struct instruction *found;
	pseudo_t p;
	int n;

	for (n = 0; from && n < MAX_PHI_CLIMB; n++) {
		found = NULL;
		FOR_EACH_PTR(phi->phi_list, p) {
			if (p == VOID || !p->def || p->def->bb != from)
				continue;
			if (found && found->phi_src != p->def->phi_src)
				return NULL;
			found = p->def;
		} END_FOR_EACH_PTR(p);
		if (found)
			return found;
		if (bb_list_size(from->parents) != 1)
			return NULL;
		from = first_basic_block(from->parents);
	}
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
	bool has_zero;
	long long v;
	int i;

	FOR_EACH_PTR(to->insns, insn) {
		if (!insn->bb)
			continue;
		if (insn->opcode != OP_PHI)
			break;
		src = phi_source(insn, from);
		flow_forget(edge, insn->target);
		if (!src)
			continue;
		has_zero = phi_has_zero(c, insn);
		for (i = 0; i < edge->n; i++) {
			struct fcase *k = &edge->c[i];
			unsigned int signs;

			if (const_value(src->phi_src, c->bind, NULL, &v))
				signs = sign_of_sized(v, src->size);
			else
				signs = facts_signs(&k->k, src->phi_src);
			/*
			 * "return NULL" on one path and a pointer on another:
			 * the pointer is taken to be non-NULL, as in
			 * find_lock_task_mm(), which returns with the task
			 * locked exactly when it finds one.
			 */
			if (signs == SIGN_ANY && has_zero)
				signs = SIGN_NONZERO;
			facts_add(&k->k, insn->target, 0, signs);
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

static void branch(struct ctx *c, struct flow *fl, struct instruction *insn)
{
	const struct effect *api = frame_last_ref_test(insn);
	struct flow t, f;
	unsigned long deps = 0;
	long long v;
	int warned;

	if (const_truth(insn->cond, c->bind, &deps, &v)) {
		propagate(c, fl, insn->bb, v ? insn->bb_true : insn->bb_false);
		return;
	}
	if (is_object_address(insn->cond)) {
		propagate(c, fl, insn->bb, insn->bb_true);
		return;
	}
	c->out->param_dep |= deps;
	if (nonnull_value(insn->cond, c->bind)) {
		propagate(c, fl, insn->bb, insn->bb_true);
		return;
	}
	/* WARN_ON(cond): the kernel says cond never holds. */
	warned = warn_test(insn);
	if (warned) {
		propagate(c, fl, insn->bb, warned > 0 ? insn->bb_false : insn->bb_true);
		return;
	}
	flow_split(fl, insn->cond, &t, &f);
	count_skipped_call(insn, &f);
	if (api) {
		struct last_ref_mark lr = { insn, api->display };

		flow_mark_last_ref(&t, &lr);
	}
	propagate(c, &t, insn->bb, insn->bb_true);
	propagate(c, &f, insn->bb, insn->bb_false);
}

/*
 * A switch on a value the binding decides goes to its case only, or to
 * the default (sparse's multijmp whose range is empty).
 */
static void switch_on(struct ctx *c, struct flow *fl, struct instruction *insn)
{
	struct basic_block *to = NULL, *child;
	unsigned long deps = 0;
	struct multijmp *jmp;
	long long v;

	if (!const_value(insn->cond, c->bind, &deps, &v)) {
		c->out->param_dep |= deps;
		FOR_EACH_PTR(insn->bb->children, child) {
			propagate(c, fl, insn->bb, child);
		} END_FOR_EACH_PTR(child);
		return;
	}
	FOR_EACH_PTR(insn->multijmp_list, jmp) {
		if (jmp->begin > jmp->end) {
			if (!to)
				to = jmp->target;
		} else if (v >= jmp->begin && v <= jmp->end) {
			to = jmp->target;
			break;
		}
	} END_FOR_EACH_PTR(jmp);
	if (to)
		propagate(c, fl, insn->bb, to);
}

/*
 * An asm goto that tests a count ("decl; je label"): it goes on while
 * references remain, to its labels when the count reached zero.
 */
static void asm_goto_last_ref(struct ctx *c, const struct flow *fl,
			      struct instruction *insn, const struct effect *api)
{
	struct last_ref_mark lr = { insn, api->display };
	struct basic_block *next = NULL;
	struct multijmp *jmp;
	struct flow zero = *fl;

	flow_mark_last_ref(&zero, &lr);
	FOR_EACH_PTR(insn->multijmp_list, jmp) {
		if (!next)
			next = jmp->target;
		propagate(c, jmp->target == next ? fl : &zero, insn->bb, jmp->target);
	} END_FOR_EACH_PTR(jmp);
}

static void ret(struct ctx *c, struct flow *fl, struct instruction *insn)
{
	struct exits *x = &c->exits;
	pseudo_t src = insn->src;
	int i, r;

	if (!c->final)
		return;
	for (i = 0; i < fl->n; i++) {
		const struct kstate *s = &fl->c[i].s;
		unsigned int signs = SIGN_ANY;
		long long v;

		if (src && src != VOID) {
			if (const_value(src, c->bind, NULL, &v))
				signs = sign_of_sized(v, insn->size);
			else
				signs = facts_signs(&fl->c[i].k, src);
		}
		/* A case that may return anything counts for every class. */
		for (r = 0; r < NR_RET_CLASSES; r++)
			if (signs & (1 << r))
				join_exit(&x->by[r], &x->seen[r], s);
		if (c->pend && (fl->c[i].known & COUNT_KNOWN) != COUNT_KNOWN) {
			struct term_case tc = { *s, fl->c[i].must, fl->c[i].may };

			pending_add_ret(c->pend, signs & 7, &tc);
		}
	}
}

/* An asm that reads the preempt count variable: in_atomic(), preemptible(). */
static void read_of_count(struct ctx *c, struct flow *fl, struct instruction *insn)
{
	struct asm_constraint *in, *out;
	struct symbol *sym;

	if (!tables.count_variable || !insn->asm_rules)
		return;
	FOR_EACH_PTR(insn->asm_rules->inputs, in) {
		if (!in->pseudo || in->pseudo->type != PSEUDO_SYM)
			continue;
		sym = in->pseudo->sym;
		if (!sym->ident || strcmp(symbol_name(sym), tables.count_variable))
			continue;
		out = first_ptr_list((struct ptr_list *)insn->asm_rules->outputs);
		if (out && out->pseudo && out->pseudo != VOID)
			flow_read_count(fl, out->pseudo, c->f->assume);
		return;
	} END_FOR_EACH_PTR(in);
}

/*
 * An asm inlined from the tables' flags reader (irqs_disabled()): not one
 * inside a row's own body, as local_irq_save() reads the flags it saves
 * after its row already counted the disable.
 */
static void read_of_flags(struct ctx *c, struct flow *fl, struct instruction *insn)
{
	const struct effect *api;
	struct asm_constraint *out;
	struct instruction *e;
	struct symbol *sym;

	if (!tables.flags_reader || !insn->asm_rules ||
	    frame_rule(insn, &api) != FRAME_NORMAL)
		return;
	for (e = insn->inlined_in; e; e = e->inlined_in) {
		sym = called_symbol(e);
		if (sym && sym->ident && !strcmp(symbol_name(sym), tables.flags_reader))
			break;
	}
	out = first_ptr_list((struct ptr_list *)insn->asm_rules->outputs);
	if (!e || !out || !out->pseudo || out->pseudo == VOID)
		return;
	flow_read_irqs(fl, out->pseudo, tables.flags_irq_on,
		       range_meet(c->f->assume[DIM_IRQ], IRQ_ENTRY),
		       step_new(report_pos(insn), NULL,
				"interrupts are found disabled here"));
}

static void transfer(struct ctx *c, struct flow *fl, struct instruction *insn)
{
	const struct effect *api = NULL;
	struct basic_block *child;
	const struct effect *lr_api;
	int i;

	if (insn->opcode != OP_CALL && insn->opcode != OP_CONTEXT) {
		c->after_known_call = false;
		c->last_callee = NULL;
	}
	/* SSA values are defined once per pass: a loop makes old facts stale. */
	if (insn->opcode != OP_PHI && insn->target && insn->target->type == PSEUDO_REG &&
	    opcode_table[insn->opcode].flags & OPF_TARGET)
		flow_forget(fl, insn->target);
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
		call_effect(c, fl, insn);
		return;
	case OP_CONTEXT:
		context_effect(c, fl, insn);
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
		switch_on(c, fl, insn);
		fl->n = 0;
		return;
	case OP_COMPUTEDGOTO:
		lr_api = frame_last_ref_test(insn);
		if (lr_api) {
			asm_goto_last_ref(c, fl, insn, lr_api);
		} else {
			FOR_EACH_PTR(insn->bb->children, child) {
				propagate(c, fl, insn->bb, child);
			} END_FOR_EACH_PTR(child);
		}
		fl->n = 0;
		return;
	case OP_RET:
		ret(c, fl, insn);
		fl->n = 0;
		return;
	case OP_UNREACH:
		fl->n = 0;
		return;
	case OP_ASM:
		read_of_count(c, fl, insn);
		read_of_flags(c, fl, insn);
		return;
	case OP_STORE:
		for (i = 0; i < fl->n; i++)
			facts_store(&fl->c[i].k, insn);
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
	const struct kstate *first = NULL;
	bool differ = false;
	int r;

	for (r = 0; r < NR_RET_CLASSES; r++) {
		out->returns[r] = x->seen[r];
		if (!x->seen[r])
			continue;
		if (!first) {
			first = &x->by[r];
			out->adj = x->by[r];
			continue;
		}
		if (!kstate_eq(&x->by[r], first))
			differ = true;
		kstate_join(&out->adj, &x->by[r]);
	}
	out->by_ret = differ;
	out->adj_by = NULL;
	if (differ)
		memcpy(summary_own_adj_by(out), x->by, sizeof(x->by));
}

/* The dimension whose return paths disagree with nothing to tell them apart. */
static int unbalanced_dim(const struct summary *out)
{
	int d;

	if (out->by_ret)
		return -1;
	for (d = 0; d < NR_DIMS; d++) {
		struct range r = out->adj.r[d];

		/* Interrupts left on by some paths, off by others: no nesting. */
		if (range_is_point(r) || kstate_abs(&out->adj, d))
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
	out->clamped = true;
	if (!c->report)
		return;
	if (!o.where)
		o.what = what_default(d);
	diag = diag_new(CAT_UNBALANCED, loc_of(c->f->sym->pos),
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

static void analyse_body(struct func *f, const struct binding *bind, bool report,
			 struct summary *out, bool *reached, bool reentered)
{
	struct ctx c = { .f = f, .bind = bind, .report = report, .out = out,
			 .reentered = reentered };
	const char *outer = diag_current_function();
	int i;

	summary_neutral(out);
	if (!f->ep || !f->ep->entry)
		return;
	diag_function(f->name);
	setup(&c);
	number_terms(&c);
	start(&c);
	solve(&c);
	/* States are stable: one more pass in block order checks and builds. */
	c.final = true;
	if (report && !bind && !reentered) {
		memset(&f->pend, 0, sizeof(f->pend));
		c.pend = &f->pend;
	}
	for (i = 0; i < c.nr_bbs; i++)
		if (c.in[i].n)
			run_block(&c, i);
	exits_to_summary(&c);
	if (!reentered)
		check_balance(&c);
	if (c.pend)
		f->open = pending_open(c.pend);
	for (i = 0; reached && i < c.nr_bbs; i++)
		reached[i] = c.in[i].n != 0;
	teardown(&c);
	diag_function(outer);
}

void analyse(struct func *f, const struct binding *bind, bool report,
	     struct summary *out)
{
	analyse_body(f, bind, report, out, NULL, false);
}

void analyse_entered(struct func *f, const struct binding *bind)
{
	struct summary ignored;

	analyse_body(f, bind, true, &ignored, NULL, true);
}

void analyse_reached(struct func *f, const struct binding *bind, struct summary *out,
		     bool *reached)
{
	analyse_body(f, bind, false, out, reached, false);
}
