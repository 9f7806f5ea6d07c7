// SPDX-License-Identifier: GPL-2.0
#include <string.h>

#include "arena.h"
#include "atomic.h"
#include "step.h"
#include "entry.h"
#include "field.h"
#include "func.h"
#include "ir.h"
#include "record.h"
#include "table.h"
#include "wrapper.h"
#include <sparse/expression.h>

/* The function a pointer argument names, through casts and copies. */
static struct symbol *function_named(pseudo_t p)
{
	int i;

	for (i = 0; p && i < 4; i++) {
		if (p->type == PSEUDO_SYM)
			return p->sym;
		if (p->type != PSEUDO_REG || !p->def)
			return NULL;
		switch (p->def->opcode) {
		case OP_COPY:
		case OP_PTRCAST:
		case OP_PTRTU:
		case OP_UTPTR:
			p = p->def->src;
			break;
		default:
			return NULL;
		}
	}
	return NULL;
}

/*
 * @g runs in entry context @ctx: its body is analysed as entered there,
 * and a report names @why, where it was registered.  A task context
 * enters nothing: it is what every function is assumed to run in.
 */
static void enter_in(struct func *g, int ctx, const struct step *why)
{
	const struct entry_context *ec = entry_context(ctx);
	int d;

	for (d = 0; d < NR_DIMS; d++) {
		if (!(ec->dims & (1U << d)) || g->assume[d].lo >= 1)
			continue;
		g->assume[d].lo = 1;
		g->assume_origin[d] = (struct origin){ ec->what[d], why };
	}
}

static struct register_record *registers;

static bool is_a_function(struct symbol *sym)
{
	struct symbol *t = strip_node(sym);

	return t && t->type == SYM_FN;
}

/*
 * @api is the registering function, or "STRUCT.FIELD" for a store; @via
 * the calls a wrapper of the registering API hands it on through.
 */
static void add_register(struct symbol *fn, int ctx, struct loc pos, const char *api,
			 const char *row, const struct step *via)
{
	struct register_record *r;
	const char *name = symbol_name(fn);

	/* An inline helper's store is seen once per call site of it. */
	for (r = registers; r; r = r->next)
		if (!strcmp(r->fn, name) && r->ctx == ctx && r->pos.line == pos.line &&
		    r->pos.col == pos.col && !strcmp(r->pos.file, pos.file))
			return;
	r = arena_alloc(sizeof(*r));
	r->fn = name;
	r->fn_static = (fn->ctype.modifiers & MOD_STATIC) != 0;
	r->ctx = ctx;
	r->pos = pos;
	r->api = api;
	r->row = row;
	r->via = via;
	r->next = registers;
	registers = r;
}

struct register_record *entry_registrations(void)
{
	return registers;
}

static struct sync_entry *passes;

void entry_pass(const struct sync_entry *e)
{
	struct sync_entry *n = arena_alloc(sizeof(*n));

	*n = *e;
	n->next = passes;
	passes = n;
}

const struct sync_entry *entry_passes(void)
{
	return passes;
}

static struct pass_record *passed_elsewhere;

void entry_pass_elsewhere(struct symbol *fn, struct loc pos, const char *api,
			  const struct sync_entry *e)
{
	struct pass_record *r;
	int d;

	if (!fn || !fn->ident || !is_a_function(fn))
		return;
	r = arena_alloc(sizeof(*r));
	memset(r, 0, sizeof(*r));
	r->fn = symbol_name(fn);
	r->fn_static = (fn->ctype.modifiers & MOD_STATIC) != 0;
	r->pos = pos;
	r->api = api;
	kstate_zero(&r->at);
	for (d = 0; d < NR_DIMS; d++) {
		r->at.r[d] = range_point(e->lo[d]);
		r->at.origin[d] = e->origin[d];
	}
	r->next = passed_elsewhere;
	passed_elsewhere = r;
}

struct pass_record *entry_passed_elsewhere(void)
{
	return passed_elsewhere;
}

/*
 * @fn is registered by the call @insn to run in entry context @ctx, by
 * the API called or, through the calls @via, by one it wraps.
 */
static void enter_registered(struct symbol *fn, int ctx, struct instruction *insn,
			     const struct step *via)
{
	struct func *g = func_of(fn);

	if (!g) {
		/* A function of another file: the link step checks it. */
		if (fn && fn->ident && is_a_function(fn) && entry_context_atomic(ctx))
			add_register(fn, ctx, report_pos(insn), api_written(insn), NULL, via);
		return;
	}
	enter_in(g, ctx, step_new(report_pos(insn), via, "%s() is registered here by %s() and %s",
				  g->name, api_written(insn), entry_context(ctx)->runs));
}

/* The function an initializer's value names, through & and casts. */
static struct symbol *init_function(struct expression *e)
{
	while (e) {
		switch (e->type) {
		case EXPR_SYMBOL:
			return is_a_function(e->symbol) ? e->symbol : NULL;
		case EXPR_PREOP:
			if (e->op != '&' && e->op != '*')
				return NULL;
			e = e->unop;
			break;
		case EXPR_CAST:
		case EXPR_FORCE_CAST:
		case EXPR_IMPLIED_CAST:
			e = e->cast_expression;
			break;
		default:
			return NULL;
		}
	}
	return NULL;
}

/* The function an initializer puts @want bytes into its object, if one. */
static struct symbol *init_at(struct expression *e, long long base, long long want)
{
	struct expression *x;
	struct symbol *fn;

	if (!e)
		return NULL;
	if (e->type == EXPR_POS)
		return init_at(e->init_expr, base + e->init_offset, want);
	if (e->type != EXPR_INITIALIZER)
		return base == want ? init_function(e) : NULL;
	FOR_EACH_PTR(e->expr_list, x) {
		fn = init_at(x, base, want);
		if (fn)
			return fn;
	} END_FOR_EACH_PTR(x);
	return NULL;
}

/* The byte offset of @member in struct @t, or -1. */
static long long member_offset(struct symbol *t, const char *member)
{
	struct symbol *m;

	t = strip_node(t);
	if (!t || (t->type != SYM_STRUCT && t->type != SYM_UNION))
		return -1;
	FOR_EACH_PTR(t->symbol_list, m) {
		if (m->ident && !strcmp(m->ident->name, member))
			return m->offset;
	} END_FOR_EACH_PTR(m);
	return -1;
}

static bool same_base(pseudo_t a, pseudo_t b)
{
	return a == b || (a->type == PSEUDO_SYM && b->type == PSEUDO_SYM && a->sym == b->sym);
}

/* The stores of a function at @off bytes from @base in @f's body. */
static void stores_in(struct func *f, pseudo_t base, long long off, int ctx,
		      struct instruction *call)
{
	struct basic_block *bb;
	struct instruction *insn;
	long long o;

	FOR_EACH_PTR(f->ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			pseudo_t b;

			if (!insn->bb || insn->opcode != OP_STORE)
				continue;
			b = base_offset(insn->src, &o);
			if (b && same_base(b, base) && o + insn->offset == off)
				enter_registered(function_named(insn->target), ctx, call, NULL);
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
}

/*
 * registers=K.FIELD: argument K points to a struct, and the function is
 * what its FIELD holds.  Found where the object is: a file-scope
 * object's initializer or any function's store into it, or for an object
 * reached through a pointer (&priv->nb) the stores of the registering
 * function through the same pointer.
 */
static void scan_block(struct func *caller, struct func **funcs, int n,
		       struct instruction *insn, const struct reg *r)
{
	struct symbol *t = nth_argument_type(called_symbol(insn), r->arg);
	long long off, fo;
	pseudo_t base;
	int i;

	t = strip_node(t);
	if (!t || t->type != SYM_PTR)
		return;
	fo = member_offset(t->ctype.base_type, r->field);
	base = base_offset(call_argument(insn, r->arg), &off);
	if (fo < 0 || !base)
		return;
	if (base->type != PSEUDO_SYM) {
		stores_in(caller, base, off + fo, r->ctx, insn);
		return;
	}
	enter_registered(init_at(base->sym->initializer, 0, off + fo), r->ctx, insn, NULL);
	for (i = 0; i < n; i++)
		stores_in(funcs[i], base, off + fo, r->ctx, insn);
}

static void scan_call(struct func *caller, struct func **funcs, int n,
		      struct instruction *insn)
{
	struct symbol *sym = called_symbol(insn);
	const struct param_reg *r;
	const struct effect *e;
	const char *name;
	int i;

	if (!sym || !sym->ident)
		return;
	e = table_lookup(sym->ident->name, sym->ident->len);
	for (i = 0; e && i < MAX_REGS && e->reg[i].arg; i++) {
		if (e->reg[i].field)
			scan_block(caller, funcs, n, insn, &e->reg[i]);
		else
			enter_registered(function_named(call_argument(insn, e->reg[i].arg)),
					 e->reg[i].ctx, insn, NULL);
	}
	if (e && e->reg[0].arg)
		return;
	/* A wrapper of this file or of a database's */
	for (r = wrapper_regs(insn, sym, &name); r; r = r->next)
		enter_registered(function_named(call_argument(insn, r->param)), r->ctx, insn,
				 r->via);
}

/*
 * A store into a field with a contract (@entry-field): the function is
 * checked in that context, here or, defined elsewhere, at the link step.
 */
static void scan_store(const struct field_store *st)
{
	const char *row;
	int ctx = table_entry_field(st->type, st->member, &row);
	struct func *g = func_of(st->fn);

	if (ctx < 0 || !entry_context_atomic(ctx))
		return;
	if (!g) {
		if (st->fn && st->fn->ident && is_a_function(st->fn))
			add_register(st->fn, ctx, loc_of(st->pos),
				     arena_printf("%s.%s", st->type, st->member), row, NULL);
		return;
	}
	enter_in(g, ctx, step_new(loc_of(st->pos), NULL,
				  "%s() is stored here in %s.%s and %s (%s)",
				  g->name, st->type, st->member, entry_context(ctx)->runs, row));
}

/*
 * BH workqueues (6.9+): a work item queued on system_bh_wq, or on a
 * workqueue allocated with WQ_BH, runs in softirq context.  The work item
 * is found by where it lives: INIT_WORK(&priv->work, fn) stores fn at
 * some offset into a struct priv, and queue_work(system_bh_wq,
 * &priv->work) passes the same offset into a struct priv; a static
 * DECLARE_WORK(w, fn) and queue_work(wq, &w) both name w.  Two objects
 * of one type are not told apart: if any of them is queued on a BH
 * workqueue, the function stored in that field of any of them is taken
 * to run there.  Only what this file does is seen.
 */

/*
 * ROOT is a variable's name, or "struct TAG" for an object reached through
 * a pointer of that type; OFF counts bytes from its start.
 */
struct place {
	const char *root;
	long long off;
};

#define MAX_PLACES	64

struct bh_work {
	struct place at;		/* of the work item's function pointer */
	struct instruction *queued;	/* the call that queued it */
};

struct bh_scan {
	struct place wqs[MAX_PLACES];	/* where WQ_BH workqueues are kept */
	int nr_wqs;
	struct bh_work works[MAX_PLACES];
	int nr_works;
};

/* The type of the value @p, for a register or an argument. */
static struct symbol *value_type(pseudo_t p)
{
	struct basic_block *bb;

	if (p->type == PSEUDO_REG && p->def)
		return p->def->type;
	if (p->type == PSEUDO_ARG && p->def) {
		bb = p->def->bb;
		if (bb && bb->ep)
			return nth_argument_type(bb->ep->name, p->nr);
	}
	return NULL;
}

/* Where the address @p plus @off points, if the IR says. */
static bool place_of(pseudo_t p, long long off, struct place *pl)
{
	struct symbol *t;
	long long more;

	p = base_offset(p, &more);
	off += more;
	if (p && p->type == PSEUDO_SYM) {
		if (!p->sym || !p->sym->ident)
			return false;
		pl->root = symbol_name(p->sym);
		pl->off = off;
		return true;
	}
	if (!p)
		return false;
	t = strip_node(value_type(p));
	if (!t || t->type != SYM_PTR)
		return false;
	t = strip_node(t->ctype.base_type);
	if (!t || t->type != SYM_STRUCT || !t->ident)
		return false;
	pl->root = arena_printf("struct %.*s", t->ident->len, t->ident->name);
	pl->off = off;
	return true;
}

static bool same_place(const struct place *a, const struct place *b)
{
	return a->off == b->off && !strcmp(a->root, b->root);
}

static bool ident_is(const struct ident *id, const char *name)
{
	return id && strlen(name) == (size_t)id->len && !memcmp(id->name, name, id->len);
}

/*
 * Bytes from the start of @t to the member @field of the first struct
 * @tag inside it (@t itself, or a member at any depth): the work
 * function of a struct delayed_work sits in its work member.  -1 if none.
 */
static long long nested_member_offset(struct symbol *t, const char *tag, const char *field,
				      int depth)
{
	struct symbol *m;
	long long o;

	t = strip_node(t);
	if (!t || t->type != SYM_STRUCT || depth > 8)
		return -1;
	if (ident_is(t->ident, tag)) {
		FOR_EACH_PTR(t->symbol_list, m) {
			if (ident_is(m->ident, field))
				return m->offset;
		} END_FOR_EACH_PTR(m);
		return -1;
	}
	FOR_EACH_PTR(t->symbol_list, m) {
		o = nested_member_offset(m, tag, field, depth + 1);
		if (o >= 0)
			return m->offset + o;
	} END_FOR_EACH_PTR(m);
	return -1;
}

/* A call of @bh-workqueue-alloc whose flags ask for a BH workqueue. */
static bool allocates_bh_workqueue(struct instruction *insn)
{
	struct symbol *sym;
	long long flags;

	if (!tables.bh_alloc || insn->opcode != OP_CALL)
		return false;
	sym = called_symbol(insn);
	return sym && ident_is(sym->ident, tables.bh_alloc) &&
	       const_value(call_argument(insn, tables.bh_alloc_arg), NULL, NULL, &flags) &&
	       (flags & tables.bh_alloc_mask);
}

static bool is_bh_workqueue(struct bh_scan *bs, pseudo_t wq)
{
	struct instruction *def;
	struct place pl;
	int i;

	if (!wq || wq->type != PSEUDO_REG || !wq->def)
		return false;
	def = wq->def;
	if (allocates_bh_workqueue(def))
		return true;
	if (def->opcode != OP_LOAD)
		return false;
	if (def->src->type == PSEUDO_SYM && def->offset == 0 && def->src->sym)
		for (i = 0; i < tables.nr_bh_workqueues; i++)
			if (ident_is(def->src->sym->ident, tables.bh_workqueues[i]))
				return true;
	if (!place_of(def->src, def->offset, &pl))
		return false;
	for (i = 0; i < bs->nr_wqs; i++)
		if (same_place(&bs->wqs[i], &pl))
			return true;
	return false;
}

/* A store of a WQ_BH workqueue's address: loads from there are one. */
static void scan_bh_alloc_store(struct bh_scan *bs, struct instruction *insn)
{
	pseudo_t v = insn->target;

	if (bs->nr_wqs == MAX_PLACES || !v || v->type != PSEUDO_REG || !v->def ||
	    !allocates_bh_workqueue(v->def))
		return;
	if (place_of(insn->src, insn->offset, &bs->wqs[bs->nr_wqs]))
		bs->nr_wqs++;
}

static void scan_queue(struct bh_scan *bs, struct instruction *insn)
{
	struct symbol *sym = called_symbol(insn), *t;
	const struct effect *e;
	struct bh_work *w;
	long long off;

	if (!sym || !sym->ident || bs->nr_works == MAX_PLACES || !tables.work_struct)
		return;
	e = table_lookup(sym->ident->name, sym->ident->len);
	if (!e || !e->queue_work_arg ||
	    !is_bh_workqueue(bs, call_argument(insn, e->queue_wq_arg)))
		return;
	t = strip_node(nth_argument_type(sym, e->queue_work_arg));
	if (!t || t->type != SYM_PTR)
		return;
	off = nested_member_offset(t->ctype.base_type, tables.work_struct, tables.work_func, 0);
	w = &bs->works[bs->nr_works];
	if (off >= 0 && place_of(call_argument(insn, e->queue_work_arg), off, &w->at)) {
		w->queued = insn;
		bs->nr_works++;
	}
}

static void enter_bh(struct bh_scan *bs, struct func *g, const struct place *pl)
{
	int softirq = entry_context_parse("softirq");
	int i;

	if (!g)
		return;
	for (i = 0; i < bs->nr_works; i++) {
		struct instruction *q = bs->works[i].queued;

		if (!same_place(&bs->works[i].at, pl))
			continue;
		enter_in(g, softirq,
			 step_new(report_pos(q), NULL,
				  "%s() is queued here on a BH workqueue by %s() and %s",
				  g->name, api_written(q), entry_context(softirq)->runs));
		return;
	}
}

/* INIT_WORK(): a function stored at a place a BH workqueue runs. */
static void scan_work_store(struct bh_scan *bs, struct instruction *insn)
{
	pseudo_t v = insn->target;
	struct symbol *t;
	struct place pl;

	if (!v || v->type != PSEUDO_SYM || !v->sym)
		return;
	t = strip_node(v->sym);
	if (!t || t->type != SYM_FN || !place_of(insn->src, insn->offset, &pl))
		return;
	enter_bh(bs, func_of(v->sym), &pl);
}

enum bh_pass { BH_WORKQUEUES, BH_QUEUED, BH_STORED };

/* One pass over the file's instructions: each needs the one before done. */
static void bh_pass(struct func **funcs, int n, struct bh_scan *bs, enum bh_pass pass)
{
	struct basic_block *bb;
	struct instruction *insn;
	int i;

	for (i = 0; i < n; i++) {
		FOR_EACH_PTR(funcs[i]->ep->bbs, bb) {
			FOR_EACH_PTR(bb->insns, insn) {
				if (!insn->bb)
					continue;
				if (pass == BH_WORKQUEUES && insn->opcode == OP_STORE)
					scan_bh_alloc_store(bs, insn);
				else if (pass == BH_QUEUED && insn->opcode == OP_CALL)
					scan_queue(bs, insn);
				else if (pass == BH_STORED && insn->opcode == OP_STORE)
					scan_work_store(bs, insn);
			} END_FOR_EACH_PTR(insn);
		} END_FOR_EACH_PTR(bb);
	}
}

static void scan_bh_work(struct func **funcs, int n, const struct field_store *stores,
			 int nr_stores)
{
	struct bh_scan bs = { .nr_wqs = 0 };
	int i;

	if (!tables.nr_bh_workqueues && !tables.bh_alloc)
		return;
	bh_pass(funcs, n, &bs, BH_WORKQUEUES);
	bh_pass(funcs, n, &bs, BH_QUEUED);
	if (!bs.nr_works)
		return;
	bh_pass(funcs, n, &bs, BH_STORED);
	/* DECLARE_WORK(w, fn): the initializer of a static variable */
	for (i = 0; i < nr_stores; i++) {
		struct place pl = { stores[i].object, stores[i].object_offset };

		if (pl.root)
			enter_bh(&bs, func_of(stores[i].fn), &pl);
	}
}

void entry_scan(struct func **funcs, int n, const struct field_store *stores,
		int nr_stores)
{
	struct basic_block *bb;
	struct instruction *insn;
	int i;

	registers = NULL;
	passes = NULL;
	passed_elsewhere = NULL;
	wrapper_scan(funcs, n);
	for (i = 0; i < n; i++) {
		FOR_EACH_PTR(funcs[i]->ep->bbs, bb) {
			FOR_EACH_PTR(bb->insns, insn) {
				if (insn->bb && (insn->opcode == OP_CALL ||
						 insn->opcode == OP_INLINED_ENTRY))
					scan_call(funcs[i], funcs, n, insn);
			} END_FOR_EACH_PTR(insn);
		} END_FOR_EACH_PTR(bb);
	}
	for (i = 0; i < nr_stores; i++)
		scan_store(&stores[i]);
	scan_bh_work(funcs, n, stores, nr_stores);
}
