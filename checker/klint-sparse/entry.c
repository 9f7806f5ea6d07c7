// SPDX-License-Identifier: GPL-2.0
#include "arena.h"
#include "atomic.h"
#include "step.h"
#include "entry.h"
#include "field.h"
#include "func.h"
#include "ir.h"
#include "record.h"
#include "table.h"

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
 * @g runs in context @dim: its body is analysed as entered there, and a
 * report names @why, where it was registered.  A task context changes
 * nothing: it is what every function is assumed to run in.
 */
static void enter_in(struct func *g, int dim, const struct step *why)
{
	if (dim < 0 || g->assume[dim].lo >= 1)
		return;
	g->assume[dim].lo = 1;
	g->assume_origin[dim] = (struct origin){
		dim == DIM_HARDIRQ ? WHAT_HARDIRQ : WHAT_SOFTIRQ, why };
}

static const char *context_name(int dim)
{
	return dim == DIM_HARDIRQ ? "in hard interrupt context" : "in softirq context";
}

/* The API the user wrote around @insn: request_irq(), not request_threaded_irq(). */
static const char *api_name(struct instruction *insn)
{
	struct instruction *e, *outer = NULL;

	for (e = insn->inlined_in; e; e = e->inlined_in)
		outer = e;
	return symbol_name(called_symbol(outer ? outer : insn));
}

static struct register_record *registers;

static bool is_a_function(struct symbol *sym)
{
	struct symbol *t = strip_node(sym);

	return t && t->type == SYM_FN;
}

static void add_register(struct symbol *fn, int dim, struct loc pos, const char *api)
{
	struct register_record *r = arena_alloc(sizeof(*r));

	r->fn = symbol_name(fn);
	r->fn_static = (fn->ctype.modifiers & MOD_STATIC) != 0;
	r->dim = dim;
	r->pos = pos;
	r->api = api;
	r->next = registers;
	registers = r;
}

struct register_record *entry_registrations(void)
{
	return registers;
}

static void scan_call(struct instruction *insn)
{
	struct symbol *sym = called_symbol(insn), *fn;
	const struct effect *e;
	struct func *g;

	if (!sym || !sym->ident)
		return;
	e = table_lookup(sym->ident->name, sym->ident->len);
	if (!e || !e->reg_arg || e->reg_ctx < 0)
		return;
	fn = function_named(call_argument(insn, e->reg_arg));
	g = func_of(fn);
	if (!g) {
		/* A function of another file: the link step checks it. */
		if (fn && fn->ident && is_a_function(fn))
			add_register(fn, e->reg_ctx, report_pos(insn), api_name(insn));
		return;
	}
	enter_in(g, e->reg_ctx,
		 step_new(report_pos(insn), NULL, "%s() is registered here by %s() and runs %s",
			  g->name, api_name(insn), context_name(e->reg_ctx)));
}

static void scan_store(const struct field_store *st)
{
	int dim = table_entry_field(st->type, st->member);
	struct func *g = func_of(st->fn);

	if (!g || dim < 0)
		return;
	enter_in(g, dim, step_new(loc_of(st->pos), NULL,
				  "%s() is stored here in %s.%s and runs %s",
				  g->name, st->type, st->member, context_name(dim)));
}

void entry_scan(struct func **funcs, int n, const struct field_store *stores,
		int nr_stores)
{
	struct basic_block *bb;
	struct instruction *insn;
	int i;

	registers = NULL;
	for (i = 0; i < n; i++) {
		FOR_EACH_PTR(funcs[i]->ep->bbs, bb) {
			FOR_EACH_PTR(bb->insns, insn) {
				if (insn->bb && insn->opcode == OP_CALL)
					scan_call(insn);
			} END_FOR_EACH_PTR(insn);
		} END_FOR_EACH_PTR(bb);
	}
	for (i = 0; i < nr_stores; i++)
		scan_store(&stores[i]);
}
