// SPDX-License-Identifier: GPL-2.0
#include "step.h"
#include "context.h"
#include <sparse/expression.h>
#include "ir.h"
#include <sparse/symbol.h>
#include "table.h"

static bool ident_kind(struct ident *id, enum what *what)
{
	return id && table_context_kind(id->name, id->len, what);
}

static struct symbol *strip(struct symbol *t)
{
	while (t && (t->type == SYM_NODE || t->type == SYM_PTR))
		t = t->ctype.base_type;
	return t;
}

static struct symbol *member_type(struct symbol *t, struct ident *member)
{
	struct symbol *m;

	t = strip(t);
	if (!t || (t->type != SYM_STRUCT && t->type != SYM_UNION))
		return NULL;
	FOR_EACH_PTR(t->symbol_list, m) {
		if (m->ident == member)
			return m->ctype.base_type;
	} END_FOR_EACH_PTR(m);
	return NULL;
}

/*
 * The lock's type.  Context expressions sit in attributes that sparse
 * never evaluates (&o->lock, with o a prototype's parameter), so the
 * type is worked out from the declarations, pointers aside.  @fn is the
 * function whose attribute it is, NULL for a __context__ statement.
 */
/* A name the attribute's parser could not bind: one of @fn's parameters. */
static struct symbol *parameter_type(struct symbol *fn, struct ident *name)
{
	struct symbol *arg;

	fn = strip_node(fn);
	if (!fn || fn->type != SYM_FN)
		return NULL;
	FOR_EACH_PTR(fn->arguments, arg) {
		if (arg->ident == name)
			return arg->ctype.base_type;
	} END_FOR_EACH_PTR(arg);
	return NULL;
}

static struct symbol *lock_type(struct expression *expr, struct symbol *fn, int depth)
{
	if (!expr || depth > 8)
		return NULL;
	if (expr->ctype)
		return expr->ctype;
	switch (expr->type) {
	case EXPR_SYMBOL:
		if (expr->symbol)
			return expr->symbol->ctype.base_type;
		return parameter_type(fn, expr->symbol_name);
	case EXPR_PREOP:
		return lock_type(expr->unop, fn, depth + 1);
	case EXPR_DEREF:
		return member_type(lock_type(expr->deref, fn, depth + 1), expr->member);
	default:
		return NULL;
	}
}

/* __acquires(RCU) names a bare identifier; __acquires(lock) an expression. */
bool context_is_atomic(struct expression *expr, struct symbol *fn, enum what *what)
{
	struct symbol *t;
	int depth = 0;

	if (!expr)
		return false;
	if (expr->type == EXPR_SYMBOL && !expr->symbol &&
	    ident_kind(expr->symbol_name, what))
		return true;
	for (t = lock_type(expr, fn, 0); t && depth < 16; t = t->ctype.base_type, depth++) {
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

void context_entry_assumption(struct symbol *fn, struct range *preempt,
			      struct origin *origin)
{
	struct context *ctx;
	enum what what;

	FOR_EACH_PTR(fn->ctype.contexts, ctx) {
		if (!ctx->in || !context_is_atomic(ctx->context, fn, &what))
			continue;
		if (preempt->lo >= (long)ctx->in)
			continue;
		preempt->lo = ctx->in;
		*origin = (struct origin){ what,
			step_new(loc_of(fn->pos), NULL,
				 "%s() is annotated to be entered with the lock held",
				 symbol_name(fn)) };
	} END_FOR_EACH_PTR(ctx);
}
