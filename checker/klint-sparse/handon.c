// SPDX-License-Identifier: GPL-2.0
#include "func.h"
#include "handon.h"
#include "ir.h"
#include "table.h"
#include <sparse/symbol.h>

static void passed_add(struct passed_values *pv, long long v)
{
	int i;

	if (pv->n < 0)
		return;
	for (i = 0; i < pv->n; i++)
		if (pv->val[i] == v)
			return;
	if (pv->n == MAX_PASSED_VALUES) {
		pv->n = -1;
		return;
	}
	pv->val[pv->n++] = v;
}

void handon_scan(struct func *caller)
{
	struct basic_block *bb;
	struct instruction *insn;
	long long v;
	int i;

	FOR_EACH_PTR(caller->ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			struct func *g;

			if (!insn->bb || insn->opcode != OP_CALL)
				continue;
			g = func_of(called_symbol(insn));
			if (!g || !(g->sym->ctype.modifiers & MOD_STATIC) || g == caller)
				continue;
			for (i = 0; i < MAX_BOUND_ARGS; i++)
				if (const_value(call_argument(insn, i + 1), NULL, NULL, &v))
					passed_add(&g->passed[i], v);
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
}

/* Bit i: @f hands its argument i+1 to a function whose body is elsewhere. */
static unsigned long handed_on(struct func *f)
{
	struct basic_block *bb;
	struct instruction *insn;
	unsigned long params = 0;
	int i;

	FOR_EACH_PTR(f->ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			struct symbol *sym;

			if (!insn->bb || insn->opcode != OP_CALL)
				continue;
			sym = called_symbol(insn);
			/* a table row is no body: the link finishes nothing there */
			if (!sym || !sym->ident || func_of(sym) ||
			    table_lookup(sym->ident->name, sym->ident->len))
				continue;
			for (i = 1; i <= MAX_BOUND_ARGS; i++) {
				int arg = argument_of(call_argument(insn, i));

				if (arg >= 1 && arg <= MAX_BOUND_ARGS)
					params |= 1UL << (arg - 1);
			}
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
	return params;
}

int handon_tests(struct func *f, struct arg_test *out, int n, int max)
{
	unsigned long params;
	int i, j, zero;

	if (!(f->sym->ctype.modifiers & MOD_STATIC))
		return n;
	for (i = 0; i < MAX_BOUND_ARGS; i++)
		if (f->passed[i].n > 0)
			break;
	if (i == MAX_BOUND_ARGS)
		return n;
	params = handed_on(f);
	/* Zero first: a timeout, a count or a flag word of 0 is what turns a sleep off. */
	for (zero = 1; zero >= 0; zero--) {
		for (i = 0; i < MAX_BOUND_ARGS; i++) {
			if (!(params & (1UL << i)))
				continue;
			for (j = 0; j < f->passed[i].n; j++)
				if ((f->passed[i].val[j] == 0) == zero)
					n = arg_test_add(out, n, max, i + 1, false,
							 f->passed[i].val[j]);
		}
	}
	return n;
}
