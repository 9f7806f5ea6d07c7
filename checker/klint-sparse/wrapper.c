// SPDX-License-Identifier: GPL-2.0
/*
 * A driver often wraps a registering API (my_request() around
 * request_irq()), and the handler is then passed to the wrapper, not to
 * the API whose row says where it runs.  What a function registers does
 * not depend on the state it is called in, so it is found before any
 * analysis, over the whole file until nothing changes: a wrapper of a
 * wrapper may come first in the file.
 */
#include <string.h>

#include "arena.h"
#include "atomic.h"
#include "db.h"
#include "func.h"
#include "ir.h"
#include "record.h"
#include "table.h"
#include "wrapper.h"

/*
 * @f hands its parameter @param at @insn to @callee, which registers it
 * in @ctx (through @via, for a wrapper): false if @f was known to.
 */
static bool add_reg(struct func *f, struct instruction *insn, int param, int ctx,
		    const char *api, const char *callee, const struct step *via)
{
	struct param_reg *r, **tail;

	if (param <= 0 || param > MAX_POINT_ARGS || !entry_context_atomic(ctx) ||
	    param_reg_find(f->regs, param, ctx))
		return false;
	r = arena_alloc(sizeof(*r));
	memset(r, 0, sizeof(*r));
	r->param = param;
	r->ctx = ctx;
	r->api = api;
	r->via = step_new(report_pos(insn), via, "%s() hands it on to %s() here", f->name, callee);
	for (tail = &f->regs; *tail; tail = &(*tail)->next)
		;
	*tail = r;
	return true;
}

/* What @f's call @insn registers of @f's parameters: true if any is new. */
static bool scan_call(struct func *f, struct instruction *insn)
{
	struct symbol *sym = called_symbol(insn);
	const struct param_reg *r;
	const struct effect *e;
	const char *name;
	bool more = false;
	int i;

	if (!sym || !sym->ident)
		return false;
	e = table_lookup(sym->ident->name, sym->ident->len);
	if (e && e->reg[0].arg) {
		const char *api = api_written(insn);

		for (i = 0; i < MAX_REGS && e->reg[i].arg; i++)
			if (!e->reg[i].field)
				more |= add_reg(f, insn, parameter_of(call_argument(insn, e->reg[i].arg)),
						e->reg[i].ctx, api, api, NULL);
		return more;
	}
	for (r = wrapper_regs(insn, sym, &name); r; r = r->next)
		more |= add_reg(f, insn, parameter_of(call_argument(insn, r->param)), r->ctx,
				r->api, name, r->via);
	return more;
}

const struct param_reg *wrapper_regs(struct instruction *insn, struct symbol *sym,
				     const char **name)
{
	const struct fn_record *rec;
	struct func *g;

	/* An inlined function's calls are in the caller: seen one by one. */
	if (insn->opcode != OP_CALL || !sym || !sym->ident)
		return NULL;
	g = func_of(sym);
	if (g) {
		*name = g->name;
		return g->regs;
	}
	rec = db_lookup(sym->ident->name, sym->ident->len);
	if (!rec)
		return NULL;
	*name = rec->name;
	return rec->regs;
}

void wrapper_scan(struct func **funcs, int n)
{
	struct basic_block *bb;
	struct instruction *insn;
	bool more;
	int i;

	for (i = 0; i < n; i++)
		funcs[i]->regs = NULL;
	do {
		more = false;
		for (i = 0; i < n; i++) {
			FOR_EACH_PTR(funcs[i]->ep->bbs, bb) {
				FOR_EACH_PTR(bb->insns, insn) {
					if (insn->bb && (insn->opcode == OP_CALL ||
							 insn->opcode == OP_INLINED_ENTRY))
						more |= scan_call(funcs[i], insn);
				} END_FOR_EACH_PTR(insn);
			} END_FOR_EACH_PTR(bb);
		}
	} while (more);
}
