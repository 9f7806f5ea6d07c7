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
#include <stdlib.h>
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

/* The places in an object its initializer sets to an address, in bits. */
struct addr_set {
	long long *v;
	int nr, max;
};

struct scan {
	void (*fn)(const struct field_store *s, void *arg);
	void *arg;
	/* The variable whose initializer is being scanned, and the place in it */
	struct symbol *object;
	long long object_bits;
	/* The object being initialized: where it gets a function's address */
	struct addr_set *addrs;
	/* Inside a range ([0 ... 3] = x): its elements' size and count */
	long long repeat_bits;
	unsigned int repeat_nr;
	/* File-scope variables declared again with an initializer */
	struct symbol **redeclared;
	int nr_redeclared, max_redeclared;
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
 * integer, or whether a pointer is NULL, are only followed where nothing
 * overlays the field.  A call's candidates are any function stored there.
 */
struct leaf_kind {
	bool (*accept)(struct symbol *t);
	bool through_unions;
};

static const struct leaf_kind call_target = { is_fn_pointer, true };
static const struct leaf_kind int_bits = { is_int_leaf, false };
static const struct leaf_kind null_ptr = { is_fn_pointer, false };

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

/*
 * Whether @e, an initializer's value, is always an object's or a
 * function's address, never NULL: a function, &object, an array, through
 * casts; a conditional whose arms both are.
 */
static bool is_address(struct expression *e, int depth)
{
	struct symbol *t;

	while (e && depth++ < MAX_DEPTH) {
		switch (e->type) {
		case EXPR_CAST:
		case EXPR_FORCE_CAST:
		case EXPR_IMPLIED_CAST:
			e = e->cast_expression;
			continue;
		case EXPR_PREOP:
			if (e->op != '&' && e->op != '*' && e->op != '(')
				return false;
			/* &object: never NULL; *p only when p names a function */
			if (e->op == '&' && e->unop && e->unop->type == EXPR_SYMBOL)
				return true;
			e = e->unop;
			continue;
		case EXPR_COMMA:
			e = e->right;
			continue;
		case EXPR_CONDITIONAL:
		case EXPR_SELECT:
			if (!is_address(e->cond_true ? e->cond_true : e->conditional, depth))
				return false;
			e = e->cond_false;
			continue;
		case EXPR_SYMBOL:
			t = strip_node(e->symbol);
			return t && (t->type == SYM_FN || t->type == SYM_ARRAY);
		default:
			return false;
		}
	}
	return false;
}

/* The object being initialized gets an address @bits into it. */
static void add_address(struct scan *sc, long long bits)
{
	struct addr_set *set = sc->addrs;
	unsigned int k, nr = sc->repeat_nr ? sc->repeat_nr : 1;

	for (k = 0; k < nr; k++) {
		ks_grow(&set->v, &set->max, set->nr, sizeof(*set->v));
		set->v[set->nr++] = bits + (long long)k * sc->repeat_bits;
	}
}

static int cmp_bits(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;

	return x < y ? -1 : x > y;
}

static bool has_address(const struct addr_set *set, long long bits)
{
	int lo = 0, hi = set->nr;

	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;

		if (set->v[mid] == bits)
			return true;
		if (set->v[mid] < bits)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/*
 * Whether an object of type @t holds a function pointer field that
 * fn_field_at() names: the walk below is skipped for the many objects
 * that hold none (tables of ids, strings).  Remembered per type.
 */
#define LEAF_CACHE	1024
static struct {
	struct symbol *type;
	bool has;
} leaf_cache[LEAF_CACHE];

static bool has_null_leaf(struct symbol *t, int depth)
{
	struct symbol *base = strip_node(t), *m;
	unsigned long h;
	bool has = false;

	if (!base || depth > MAX_DEPTH)
		return false;
	switch (base->type) {
	case SYM_ARRAY:
		return is_fn_pointer(base->ctype.base_type) ||
		       has_null_leaf(base->ctype.base_type, depth + 1);
	case SYM_STRUCT:
		break;
	default:
		return false;
	}
	h = ((uintptr_t)base >> 4) % LEAF_CACHE;
	if (leaf_cache[h].type == base)
		return leaf_cache[h].has;
	FOR_EACH_PTR(base->symbol_list, m) {
		struct symbol *mt = strip_node(m);

		if (is_fn_pointer(mt) || (mt && mt->type != SYM_UNION && has_null_leaf(mt, depth + 1))) {
			has = true;
			break;
		}
	} END_FOR_EACH_PTR(m);
	leaf_cache[h].type = base;
	leaf_cache[h].has = has;
	return has;
}

/* A function pointer field of an object: @any when not set to an address. */
static void emit_null(struct scan *sc, struct symbol *type, struct symbol *member,
		      bool any, struct position pos)
{
	struct field_store st;

	if (!type->ident || !member->ident)
		return;
	memset(&st, 0, sizeof(st));
	st.type = ident_name(type->ident);
	st.type_pos = type->pos;
	st.member = ident_name(member->ident);
	st.pos = pos;
	st.pointer = true;
	st.any = any;
	sc->fn(&st, sc->arg);
}

/*
 * Reports each function pointer field of the object of type @t at @bits
 * (@named: the struct that names its members, through unnamed ones, as
 * locate() names them; @member: the member @t is): set to an address
 * when @set says so, else NULL, which is what C leaves in a member an
 * initializer does not name.  Unions are not entered (null_ptr).
 */
static void walk_null(struct scan *sc, struct symbol *t, long long bits, struct symbol *named,
		      struct symbol *member, const struct addr_set *set, struct position pos,
		      int depth)
{
	struct symbol *base = strip_node(t), *elem, *m, *owner;
	long long size, n, i;

	if (!base || depth > MAX_DEPTH)
		return;
	if (is_fn_pointer(base)) {
		if (named && member)
			emit_null(sc, named, member, !has_address(set, bits), pos);
		return;
	}
	switch (base->type) {
	case SYM_ARRAY:
		elem = base->ctype.base_type;
		size = strip_node(elem) ? strip_node(elem)->bit_size : 0;
		if (size <= 0 || base->bit_size <= 0 || !has_null_leaf(base, depth))
			return;
		n = base->bit_size / size;
		for (i = 0; i < n; i++)
			walk_null(sc, elem, bits + i * size, named, member, set, pos, depth + 1);
		return;
	case SYM_STRUCT:
		if (!has_null_leaf(base, depth))
			return;
		/* An unnamed member's fields are reached as its container's. */
		owner = !member && named ? named : base;
		FOR_EACH_PTR(base->symbol_list, m) {
			long long start = bits + m->bit_offset;

			if (add_bytes(&start, m->offset))
				walk_null(sc, m, start, owner, m->ident ? m : NULL, set, pos,
					  depth + 1);
		} END_FOR_EACH_PTR(m);
		return;
	default:
		return;
	}
}

/* The function pointer fields of @sym, initialized as @set says. */
static void object_fields(struct scan *sc, struct symbol *sym, struct addr_set *set)
{
	if (set->nr > 1)
		qsort(set->v, set->nr, sizeof(*set->v), cmp_bits);
	walk_null(sc, sym, 0, NULL, NULL, set, sym->pos, 0);
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
		 * has the same fields as the rest, and the addresses it
		 * stores are in each (one range deep; deeper ones are
		 * taken as the first element only, which makes more NULLs).
		 */
		if (!add_bytes(&bits, e->init_offset))
			return;
		if (e->init_nr > 1 && !sc->repeat_nr && strip_node(e->ctype) &&
		    strip_node(e->ctype)->bit_size > 0) {
			sc->repeat_nr = e->init_nr;
			sc->repeat_bits = strip_node(e->ctype)->bit_size;
			scan_init(sc, type, e->init_expr, bits, e->ctype, depth + 1);
			sc->repeat_nr = 0;
			return;
		}
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
		/* only function pointer fields are looked up: no need to locate */
		if (sc->addrs && is_address(e, 0))
			add_address(sc, bits);
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
 * A variable with static storage and no initializer in any of its
 * declarations: zeroed, so its function pointer fields are NULL until a
 * store sets them.  Not an extern declaration (its definition is
 * elsewhere), nor an automatic variable (not zeroed at all).
 */
static bool is_zeroed_object(const struct scan *sc, struct symbol *sym)
{
	struct symbol *prev;
	int i;

	if (sym->namespace != NS_SYMBOL || (sym->ctype.modifiers & MOD_EXTERN) ||
	    !(sym->ctype.modifiers & (MOD_TOPLEVEL | MOD_STATIC)) || !has_null_leaf(sym, 0))
		return false;
	for (prev = sym->same_symbol; prev; prev = prev->same_symbol)
		if (prev->initializer)
			return false;
	for (i = 0; i < sc->nr_redeclared; i++)
		if (sc->redeclared[i] == sym)
			return false;
	return true;
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
		struct addr_set set = { NULL, 0, 0 }, *outer_set = sc->addrs;
		unsigned int outer_nr = sc->repeat_nr;
		bool fields = has_null_leaf(sym, 0);

		/* Only a file-scope or static variable is one object program-wide. */
		sc->object = sym->ctype.modifiers & (MOD_TOPLEVEL | MOD_STATIC) ? sym : NULL;
		sc->addrs = fields ? &set : NULL;
		sc->repeat_nr = 0;
		scan_init(sc, sym, sym->initializer, 0, NULL, depth + 1);
		sc->object = outer;
		sc->addrs = outer_set;
		sc->repeat_nr = outer_nr;
		if (fields)
			object_fields(sc, sym, &set);
		free(set.v);
	} else if (is_zeroed_object(sc, sym)) {
		struct addr_set none = { NULL, 0, 0 };

		object_fields(sc, sym, &none);
	}
	base = sym->ctype.base_type;
	if (base && base->type == SYM_FN && base->stmt)
		scan_stmt(sc, base->stmt, depth + 1);
}

void field_scan(struct symbol_list *syms,
		 void (*fn)(const struct field_store *s, void *arg), void *arg)
{
	struct scan sc;
	struct symbol *sym, *prev;

	memset(&sc, 0, sizeof(sc));
	sc.fn = fn;
	sc.arg = arg;
	/*
	 * "static struct x a;" may be followed by "static struct x a = {...}":
	 * the later declaration links back to the earlier, not the other way.
	 */
	FOR_EACH_PTR(syms, sym) {
		if (!sym->initializer)
			continue;
		for (prev = sym->same_symbol; prev; prev = prev->same_symbol) {
			ks_grow(&sc.redeclared, &sc.max_redeclared, sc.nr_redeclared,
				sizeof(*sc.redeclared));
			sc.redeclared[sc.nr_redeclared++] = prev;
		}
	} END_FOR_EACH_PTR(sym);
	FOR_EACH_PTR(syms, sym) {
		scan_symbol(&sc, sym, 0);
	} END_FOR_EACH_PTR(sym);
	free(sc.redeclared);
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

bool fn_field_at(struct symbol *type, long long offset, const char **type_name,
		 const char **member)
{
	struct spot s;
	long long bits = 0;

	if (!add_bytes(&bits, offset) || !find_named_spot(type, bits, &null_ptr, &s))
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
