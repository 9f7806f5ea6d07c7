// SPDX-License-Identifier: GPL-2.0
/*
 * Evaluation leaves no member names behind.  An initializer becomes
 * EXPR_POS entries holding byte offsets, and p->a.b becomes
 * *((p + off_a) + off_b).  So every store is turned back into "this
 * many bits into an object of this type", and the type's members are
 * walked down to the field at that place.  What sparse does keep of the
 * member (an EXPR_POS's ctype, an lvalue's ctype) only chooses between
 * the members of a union that share the place.
 */
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include <sparse/expression.h>
#include "field.h"
#include "ir.h"
#include <sparse/parse.h>
#include <sparse/symbol.h>
#include <sparse/target.h>

/* Far deeper than any real type or tree; stops a damaged one. */
#define MAX_DEPTH	64
/* Far larger than any object: keeps sums of offsets from overflowing. */
#define MAX_BYTES	(1LL << 40)
#define NAME_BUCKETS	1024

struct scan {
	void (*fn)(const struct field_store *s, void *arg);
	void *arg;
	/* The variable whose initializer is being scanned, and the place in it */
	struct symbol *object;
	long long object_bits;
};

/* The struct or union a store lands in, and the member. */
struct spot {
	struct symbol *type;
	struct symbol *member;
};

enum found { MISS, LEAF, FOUND };

struct name {
	struct name *next;
	const struct ident *id;
	char str[];
};

/*
 * sparse's identifiers are not NUL-terminated, and show_ident() reuses
 * its buffers; one lasting copy per identifier lets callers keep names.
 */
static struct name *names[NAME_BUCKETS];

static const char *ident_name(const struct ident *id)
{
	unsigned long h = ((uintptr_t)id >> 4) % NAME_BUCKETS;
	struct name *n;

	for (n = names[h]; n; n = n->next)
		if (n->id == id)
			return n->str;
	n = ks_malloc(sizeof(*n) + id->len + 1);
	n->id = id;
	memcpy(n->str, id->name, id->len);
	n->str[id->len] = '\0';
	n->next = names[h];
	names[h] = n;
	return n->str;
}

/* Adds @bytes to @bits, false when it is no offset into a real object. */
static bool add_bytes(long long *bits, long long bytes)
{
	if (bytes < -MAX_BYTES || bytes > MAX_BYTES)
		return false;
	*bits += bytes * bits_in_char;
	return true;
}

static bool is_fn_pointer(struct symbol *t)
{
	t = strip_node(t);
	if (!t || t->type != SYM_PTR)
		return false;
	t = strip_node(t->ctype.base_type);
	return t && t->type == SYM_FN;
}

/*
 * Member dereferences through a qualified pointer work on a copy of the
 * member (convert_to_as_mod()), so identity is not enough.
 */
static bool same_member(struct symbol *m, struct symbol *hint)
{
	return m == hint ||
	       (m->ident && m->ident == hint->ident && m->offset == hint->offset &&
		m->ctype.base_type == hint->ctype.base_type);
}

/* Does member @m cover the bit @rel bits past its start? */
static bool covers(struct symbol *m, long long rel)
{
	struct symbol *t;

	if (m->bit_size > 0)
		return rel < m->bit_size;
	/* A flexible or zero-length array runs on past its struct. */
	t = strip_node(m);
	return t && t->type == SYM_ARRAY;
}

/* An integer a store may set bits of: not a bitfield, whose bits move. */
static bool is_int_leaf(struct symbol *t)
{
	t = strip_node(t);
	if (!t)
		return false;
	if (t->type == SYM_ENUM)
		return true;
	return t->type == SYM_BASETYPE && is_int_type(t) && t->bit_size > 1;
}

/*
 * What a lookup stops at, and whether it goes through unions.  A store
 * through one member of a union sets bytes of the others: the bits of an
 * integer are only followed where nothing overlays the field.  A call's
 * candidates are any function stored there.
 */
struct leaf_kind {
	bool (*accept)(struct symbol *t);
	bool through_unions;
};

static const struct leaf_kind call_target = { is_fn_pointer, true };
static const struct leaf_kind int_bits = { is_int_leaf, false };

/*
 * Finds the leaf @bits into an object of type @t that @leaf accepts (a
 * function pointer, an integer).  LEAF: @t is that leaf and no member
 * holds it yet; FOUND: @s is filled in.  With a @hint, only that member
 * is accepted.
 */
static enum found locate(struct symbol *t, long long bits, struct symbol *hint,
			 const struct leaf_kind *leaf, struct spot *s, int depth)
{
	struct symbol *base = strip_node(t), *elem, *m;
	long long size;

	if (!base || bits < 0 || depth > MAX_DEPTH)
		return MISS;
	switch (base->type) {
	case SYM_ARRAY:
		/* Every element has the same fields: find the offset in one. */
		elem = base->ctype.base_type;
		size = elem ? elem->bit_size : 0;
		if (size <= 0 && strip_node(elem))
			size = strip_node(elem)->bit_size;
		if (size <= 0)
			return MISS;
		return locate(elem, bits % size, hint, leaf, s, depth + 1);
	case SYM_UNION:
		if (!leaf->through_unions)
			return MISS;
		/* fallthrough */
	case SYM_STRUCT:
		FOR_EACH_PTR(base->symbol_list, m) {
			long long start = m->bit_offset;
			enum found r;

			if (!add_bytes(&start, m->offset) || bits < start || !covers(m, bits - start))
				continue;
			r = locate(m, bits - start, hint, leaf, s, depth + 1);
			if (r == LEAF && (!hint || same_member(m, hint))) {
				s->type = base;
				s->member = m;
				return FOUND;
			}
			if (r == FOUND) {
				/* An unnamed member's fields are reached as ours. */
				if (!m->ident && s->type == strip_node(m))
					s->type = base;
				return FOUND;
			}
		} END_FOR_EACH_PTR(m);
		return MISS;
	default:
		return bits == 0 && leaf->accept(base) ? LEAF : MISS;
	}
}

/*
 * The hint goes first, for unions; it may also be no member at all (an
 * array element's type), and then any function pointer at the place does.
 */
static bool find_spot(struct symbol *t, long long bits, struct symbol *hint,
		      struct spot *s)
{
	if (hint && locate(t, bits, hint, &call_target, s, 0) == FOUND)
		return true;
	return locate(t, bits, NULL, &call_target, s, 0) == FOUND;
}

/* The field of @kind @bits into @t: its first member that starts there. */
static bool find_named_spot(struct symbol *t, long long bits, const struct leaf_kind *kind,
			    struct spot *s)
{
	return locate(t, bits, NULL, kind, s, 0) == FOUND &&
	       s->type->ident && s->member->ident;
}

static void emit(struct scan *sc, const struct spot *s, struct symbol *fn,
		 struct position pos)
{
	struct field_store st;

	if (!s->type->ident || !s->member->ident)
		return;
	memset(&st, 0, sizeof(st));
	st.type = ident_name(s->type->ident);
	st.type_pos = s->type->pos;
	st.member = ident_name(s->member->ident);
	st.fn = fn->definition ? fn->definition : fn;
	st.pos = pos;
	st.object = sc->object && sc->object->ident ? ident_name(sc->object->ident) : NULL;
	st.object_offset = sc->object_bits / bits_in_char;
	sc->fn(&st, sc->arg);
}

/* An integer field initialized to @e: the bits a constant sets, or any. */
static void emit_bits(struct scan *sc, const struct spot *s, struct expression *e)
{
	struct field_store st;

	memset(&st, 0, sizeof(st));
	st.type = ident_name(s->type->ident);
	st.type_pos = s->type->pos;
	st.member = ident_name(s->member->ident);
	st.pos = e->pos;
	st.any = e->type != EXPR_VALUE;
	st.bits = st.any ? 0 : e->value;
	sc->fn(&st, sc->arg);
}

/*
 * Calls emit() for each function @e names.  The spot is only looked for
 * once a function turns up, which is rare among stores.
 */
static void stored_functions(struct scan *sc, struct expression *e,
			     struct spot *s, bool *located,
			     bool (*where)(void *ctx, struct spot *s), void *ctx,
			     struct position pos, int depth)
{
	struct symbol *sym;

	while (e && depth++ < MAX_DEPTH) {
		switch (e->type) {
		case EXPR_CAST:
		case EXPR_FORCE_CAST:
		case EXPR_IMPLIED_CAST:
			e = e->cast_expression;
			continue;
		case EXPR_PREOP:
			/* &f, *f and f are the same function. */
			if (e->op != '&' && e->op != '*' && e->op != '(')
				return;
			e = e->unop;
			continue;
		case EXPR_COMMA:
		case EXPR_ASSIGNMENT:
			e = e->right;
			continue;
		case EXPR_CONDITIONAL:
		case EXPR_SELECT:
			stored_functions(sc, e->cond_true ? e->cond_true : e->conditional,
					 s, located, where, ctx, pos, depth);
			e = e->cond_false;
			continue;
		case EXPR_SYMBOL:
			sym = e->symbol;
			if (!sym || !strip_node(sym) || strip_node(sym)->type != SYM_FN)
				return;
			if (!*located) {
				if (!where(ctx, s))
					return;
				*located = true;
			}
			emit(sc, s, sym, pos);
			return;
		default:
			return;
		}
	}
}

static void scan_stmt(struct scan *sc, struct statement *stmt, int depth);
static void scan_expr(struct scan *sc, struct expression *e, int depth);
static void scan_symbol(struct scan *sc, struct symbol *sym, int depth);

struct init_place {
	struct symbol *type;
	long long bits;
	struct symbol *hint;
};

static bool init_where(void *ctx, struct spot *s)
{
	struct init_place *p = ctx;

	return find_spot(p->type, p->bits, p->hint, s);
}

/*
 * @e sits @bits into an object of type @type; @hint is the member or
 * element type of the EXPR_POS holding it.  Offsets are relative to the
 * enclosing EXPR_POS, both before expand_symbol() and after it has
 * flattened nested lists.
 */
static void scan_init(struct scan *sc, struct symbol *type, struct expression *e,
		      long long bits, struct symbol *hint, int depth)
{
	struct expression *entry;
	struct init_place place = { type, bits, hint };
	struct symbol *obj;
	struct spot s;
	bool located = false;

	if (!e || depth > MAX_DEPTH)
		return;
	switch (e->type) {
	case EXPR_INITIALIZER:
		FOR_EACH_PTR(e->expr_list, entry) {
			scan_init(sc, type, entry, bits, NULL, depth + 1);
		} END_FOR_EACH_PTR(entry);
		return;
	case EXPR_POS:
		/*
		 * A range ([0 ... 3] = x) repeats one element: the first
		 * has the same fields as the rest.
		 */
		if (add_bytes(&bits, e->init_offset))
			scan_init(sc, type, e->init_expr, bits, e->ctype, depth + 1);
		return;
	case EXPR_IDENTIFIER:
	case EXPR_INDEX:
		/* Designators evaluation gave up on: offsets unknown. */
		return;
	default:
		sc->object_bits = bits;
		stored_functions(sc, e, &s, &located, init_where, &place, e->pos, 0);
		if (is_int_leaf(e->ctype) && find_named_spot(type, bits, &int_bits, &s))
			emit_bits(sc, &s, e);
		/* what the value's own expression stores is not in the object */
		obj = sc->object;
		sc->object = NULL;
		scan_expr(sc, e, depth + 1);
		sc->object = obj;
		return;
	}
}

/* The type of what @addr points to, when it says. */
static struct symbol *pointee(struct expression *addr)
{
	struct symbol *t;

	if (!addr || !addr->ctype)
		return NULL;
	if (addr->ctype == &lazy_ptr_ctype)
		return addr->type == EXPR_SYMBOL ? addr->symbol : NULL;
	t = strip_node(addr->ctype);
	return t && t->type == SYM_PTR ? t->ctype.base_type : NULL;
}

/*
 * The left side of an evaluated assignment to a field is *(base + off),
 * with as many + off as there are nested members, array elements at a
 * constant index among them.  The sums with lazy_ptr_ctype have no type
 * of their own; walk out to the nearest address that has one and holds
 * the field at the summed offset.
 */
static bool lvalue_where(void *ctx, struct spot *s)
{
	struct expression *lhs = ctx, *addr = lhs->unop;
	struct symbol *root;
	long long bits = 0;
	int depth;

	for (depth = 0; addr && depth < MAX_DEPTH; depth++) {
		root = pointee(addr);
		if (root && find_spot(root, bits, lhs->ctype, s))
			return true;
		if (addr->type != EXPR_BINOP || addr->op != '+' || !addr->right ||
		    addr->right->type != EXPR_VALUE ||
		    !add_bytes(&bits, (long long)addr->right->value))
			return false;
		addr = addr->left;
	}
	return false;
}

static void scan_assignment(struct scan *sc, struct expression *e)
{
	struct expression *lhs = e->left;
	struct spot s;
	bool located = false;

	if (e->op != '=' || !lhs || lhs->type != EXPR_PREOP || lhs->op != '*' ||
	    !is_fn_pointer(lhs->ctype))
		return;
	stored_functions(sc, e->right, &s, &located, lvalue_where, lhs, e->pos, 0);
}

static void scan_expr_list(struct scan *sc, struct expression_list *list, int depth)
{
	struct expression *e;

	FOR_EACH_PTR(list, e) {
		scan_expr(sc, e, depth);
	} END_FOR_EACH_PTR(e);
}

/* Looks for assignments and compound literals anywhere in @e. */
static void scan_expr(struct scan *sc, struct expression *e, int depth)
{
	for (; e && depth < 4 * MAX_DEPTH; depth++) {
		switch (e->type) {
		case EXPR_ASSIGNMENT:
			scan_assignment(sc, e);
			/* fallthrough */
		case EXPR_BINOP:
		case EXPR_COMMA:
		case EXPR_COMPARE:
		case EXPR_LOGICAL:
			scan_expr(sc, e->left, depth + 1);
			e = e->right;
			continue;
		case EXPR_PREOP:
		case EXPR_POSTOP:
			e = e->unop;
			continue;
		case EXPR_CAST:
		case EXPR_FORCE_CAST:
		case EXPR_IMPLIED_CAST:
			e = e->cast_expression;
			continue;
		case EXPR_CONDITIONAL:
		case EXPR_SELECT:
			scan_expr(sc, e->conditional, depth + 1);
			scan_expr(sc, e->cond_true, depth + 1);
			e = e->cond_false;
			continue;
		case EXPR_CALL:
			scan_expr_list(sc, e->args, depth + 1);
			e = e->fn;
			continue;
		case EXPR_STATEMENT:
			scan_stmt(sc, e->statement, depth + 1);
			return;
		case EXPR_SYMBOL:
			/* A compound literal: an anonymous object, initialized. */
			if (e->symbol && !e->symbol->ident && e->symbol->initializer)
				scan_symbol(sc, e->symbol, depth + 1);
			return;
		case EXPR_INITIALIZER:
			scan_expr_list(sc, e->expr_list, depth + 1);
			return;
		case EXPR_POS:
			e = e->init_expr;
			continue;
		case EXPR_SLICE:
			e = e->base;
			continue;
		default:
			/* Constants, and what is never run: sizeof, typeof, labels. */
			return;
		}
	}
}

static void scan_declarations(struct scan *sc, struct symbol_list *list, int depth)
{
	struct symbol *sym;

	FOR_EACH_PTR(list, sym) {
		scan_symbol(sc, sym, depth);
	} END_FOR_EACH_PTR(sym);
}

static void scan_asm_operands(struct scan *sc, struct asm_operand_list *list,
			      int depth)
{
	struct asm_operand *op;

	FOR_EACH_PTR(list, op) {
		if (op)
			scan_expr(sc, op->expr, depth);
	} END_FOR_EACH_PTR(op);
}

static void scan_stmt(struct scan *sc, struct statement *stmt, int depth)
{
	struct statement *s;

	if (!stmt || depth > 4 * MAX_DEPTH)
		return;
	switch (stmt->type) {
	case STMT_DECLARATION:
		scan_declarations(sc, stmt->declaration, depth + 1);
		break;
	case STMT_EXPRESSION:
		scan_expr(sc, stmt->expression, depth + 1);
		break;
	case STMT_COMPOUND:
		/* An inlined body declares its arguments in args. */
		scan_stmt(sc, stmt->args, depth + 1);
		FOR_EACH_PTR(stmt->stmts, s) {
			scan_stmt(sc, s, depth + 1);
		} END_FOR_EACH_PTR(s);
		break;
	case STMT_IF:
		scan_expr(sc, stmt->if_conditional, depth + 1);
		scan_stmt(sc, stmt->if_true, depth + 1);
		scan_stmt(sc, stmt->if_false, depth + 1);
		break;
	case STMT_RETURN:
		scan_expr(sc, stmt->ret_value, depth + 1);
		break;
	case STMT_CASE:
		scan_stmt(sc, stmt->case_statement, depth + 1);
		break;
	case STMT_SWITCH:
		scan_expr(sc, stmt->switch_expression, depth + 1);
		scan_stmt(sc, stmt->switch_statement, depth + 1);
		break;
	case STMT_ITERATOR:
		scan_stmt(sc, stmt->iterator_pre_statement, depth + 1);
		scan_expr(sc, stmt->iterator_pre_condition, depth + 1);
		scan_stmt(sc, stmt->iterator_statement, depth + 1);
		scan_stmt(sc, stmt->iterator_post_statement, depth + 1);
		scan_expr(sc, stmt->iterator_post_condition, depth + 1);
		break;
	case STMT_LABEL:
		scan_stmt(sc, stmt->label_statement, depth + 1);
		break;
	case STMT_GOTO:
		scan_expr(sc, stmt->goto_expression, depth + 1);
		break;
	case STMT_ASM:
		scan_asm_operands(sc, stmt->asm_outputs, depth + 1);
		scan_asm_operands(sc, stmt->asm_inputs, depth + 1);
		break;
	default:
		/* STMT_NONE; __context__ and __range__ store nothing. */
		break;
	}
}

/*
 * A symbol sparse failed to evaluate may hold designators and member
 * names never turned into offsets: skip it.
 */
static void scan_symbol(struct scan *sc, struct symbol *sym, int depth)
{
	struct symbol *base;

	if (!sym || sym->type != SYM_NODE || !sym->evaluated || depth > 4 * MAX_DEPTH)
		return;
	if (sym->initializer) {
		struct symbol *outer = sc->object;

		/* Only a file-scope or static variable is one object program-wide. */
		sc->object = sym->ctype.modifiers & (MOD_TOPLEVEL | MOD_STATIC) ? sym : NULL;
		scan_init(sc, sym, sym->initializer, 0, NULL, depth + 1);
		sc->object = outer;
	}
	base = sym->ctype.base_type;
	if (base && base->type == SYM_FN && base->stmt)
		scan_stmt(sc, base->stmt, depth + 1);
}

void field_scan(struct symbol_list *syms,
		 void (*fn)(const struct field_store *s, void *arg), void *arg)
{
	struct scan sc = { fn, arg, NULL, 0 };
	struct symbol *sym;

	FOR_EACH_PTR(syms, sym) {
		scan_symbol(&sc, sym, 0);
	} END_FOR_EACH_PTR(sym);
}

bool int_field_at(struct symbol *type, long long offset, const char **type_name,
		  const char **member)
{
	struct spot s;
	long long bits = 0;

	if (!add_bytes(&bits, offset) || !find_named_spot(type, bits, &int_bits, &s))
		return false;
	*type_name = ident_name(s.type->ident);
	*member = ident_name(s.member->ident);
	return true;
}

bool field_at(struct symbol *type, long long offset, const char **type_name,
	      struct position *type_pos, const char **member)
{
	struct spot s;
	long long bits = 0;

	if (!add_bytes(&bits, offset) || !find_spot(type, bits, NULL, &s) ||
	    !s.type->ident || !s.member->ident)
		return false;
	*type_name = ident_name(s.type->ident);
	*type_pos = s.type->pos;
	*member = ident_name(s.member->ident);
	return true;
}
