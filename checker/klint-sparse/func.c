// SPDX-License-Identifier: GPL-2.0
#include "arena.h"
#include "attribute.h"
#include "context.h"
#include "diag.h"
#include "func.h"
#include "ir.h"
#include "step.h"
#include <sparse/symbol.h>

struct func *func_of(struct symbol *sym)
{
	if (!sym)
		return NULL;
	if (sym->definition)
		sym = sym->definition;
	return sym->aux;
}

static void declare(struct func *f, const struct declared *d)
{
	struct expect *e = arena_alloc(sizeof(*e));
	int i;

	attribute_expect(d, e);
	for (i = 0; i < NR_DIMS; i++)
		f->assume[i] = e->r[i];
	if (d->has_expect && d->expect.lo > 0)
		f->assume_origin[DIM_PREEMPT] = (struct origin){ WHAT_PREEMPT,
			step_new(loc_of(f->sym->pos), NULL,
				 "%s() is annotated to be entered with preempt count 0x%lx or more",
				 f->name, d->expect.lo) };
	f->declared = e;
	kstate_zero(&f->declared_adj);
	f->declared_adj.r[DIM_PREEMPT] = range_point(d->adjust);
	f->has_declared_adj = d->has_adjust;
	f->declared_unchecked = d->unchecked;
}

static void read_attribute(struct func *f)
{
	struct declared d;
	char err[128];

	if (!f->sym->klint_annotation)
		return;
	if (attribute_parse(f->sym->klint_annotation->data, &d, err, sizeof(err))) {
		diag_emit(diag_new(CAT_ANNOTATION, loc_of(f->sym->pos),
				   "ignoring klint_preempt annotation of %s(): %s",
				   f->name, err));
		return;
	}
	declare(f, &d);
}

struct func *func_new(struct symbol *sym, struct entrypoint *ep)
{
	struct func *f = arena_alloc(sizeof(*f));
	int d;

	f->sym = sym;
	f->ep = ep;
	f->name = symbol_name(sym);
	f->index = -1;
	for (d = 0; d < NR_DIMS; d++)
		f->assume[d] = (struct range){ 0, RANGE_INF };
	summary_neutral(&f->sum);
	sym->aux = f;
	read_attribute(f);
	context_entry_assumption(sym, &f->assume[DIM_PREEMPT],
				 &f->assume_origin[DIM_PREEMPT]);
	return f;
}

void func_table_add(struct func_table *t, struct func *f)
{
	ks_grow(&t->funcs, &t->max, t->nr, sizeof(*t->funcs));
	t->funcs[t->nr++] = f;
}

/*
 * The symbols outlive the functions: sparse keeps its builtins from one
 * file to the next, and the functions go with the arena after each.
 */
void func_table_unlink(struct func_table *t)
{
	int i;

	for (i = 0; i < t->nr; i++)
		t->funcs[i]->sym->aux = NULL;
}
