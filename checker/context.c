// SPDX-License-Identifier: GPL-2.0
#include "chain.h"
#include "context.h"
#include "expression.h"
#include "func.h"
#include "symbol.h"
#include "table.h"

static bool ident_kind(struct ident *id, enum what *what)
{
	return id && context_kind(id->name, id->len, what);
}

/* __acquires(RCU) names a bare identifier; __acquires(lock) an expression. */
bool context_is_atomic(struct expression *expr, enum what *what)
{
	struct symbol *t;
	int depth = 0;

	if (!expr)
		return false;
	if (expr->type == EXPR_SYMBOL && ident_kind(expr->symbol_name, what))
		return true;
	for (t = expr->ctype; t && depth < 16; t = t->ctype.base_type, depth++) {
		switch (t->type) {
		case SYM_STRUCT:
		case SYM_UNION:
		case SYM_RESTRICT:
			return ident_kind(t->ident, what);
		case SYM_NODE:
		case SYM_PTR:
			continue;
		default:
			return false;
		}
	}
	return false;
}

void context_entry_assumption(struct func *f)
{
	struct context *ctx;
	enum what what;

	FOR_EACH_PTR(f->sym->ctype.contexts, ctx) {
		if (!ctx->in || !context_is_atomic(ctx->context, &what))
			continue;
		if (f->assume[DIM_PREEMPT].lo >= (long)ctx->in)
			continue;
		f->assume[DIM_PREEMPT].lo = ctx->in;
		f->assume_origin[DIM_PREEMPT] = (struct origin){ what,
			step_new(f->sym->pos, NULL,
				 "%s() is annotated to be entered with the lock held",
				 f->name) };
	} END_FOR_EACH_PTR(ctx);
}
