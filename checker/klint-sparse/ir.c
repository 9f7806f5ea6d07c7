// SPDX-License-Identifier: GPL-2.0
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ir.h"
#include <sparse/symbol.h>
#include <sparse/target.h>
#include <sparse/token.h>

const char *symbol_name(struct symbol *sym)
{
	if (!sym || !sym->ident)
		return "<anonymous>";
	return arena_printf("%.*s", sym->ident->len, sym->ident->name);
}

struct symbol *called_symbol(struct instruction *insn)
{
	pseudo_t fn = insn->func;

	if (!fn || fn->type != PSEUDO_SYM)
		return NULL;
	return fn->sym;
}

pseudo_t call_argument(struct instruction *insn, int n)
{
	pseudo_t arg;
	int i = 0;

	FOR_EACH_PTR(insn->arguments, arg) {
		if (++i == n)
			return arg;
	} END_FOR_EACH_PTR(arg);
	return NULL;
}

struct symbol *strip_node(struct symbol *t)
{
	while (t && t->type == SYM_NODE)
		t = t->ctype.base_type;
	return t;
}

static bool type_is_gfp(struct symbol *t)
{
	t = strip_node(t);
	return t && t->type == SYM_RESTRICT && t->ident &&
	       !strcmp(show_ident(t->ident), "gfp_t");
}

static struct symbol *nth_symbol(struct symbol_list *list, int n)
{
	struct symbol *sym;
	int i = 0;

	FOR_EACH_PTR(list, sym) {
		if (++i == n)
			return sym;
	} END_FOR_EACH_PTR(sym);
	return NULL;
}

struct symbol *nth_argument_type(struct symbol *fn, int n)
{
	fn = strip_node(fn);
	return fn && fn->type == SYM_FN ? nth_symbol(fn->arguments, n) : NULL;
}

bool parameter_is_gfp(struct symbol *fn, int n)
{
	fn = strip_node(fn);
	return fn && fn->type == SYM_FN && type_is_gfp(nth_symbol(fn->arguments, n));
}

bool argument_is_pointer(struct instruction *insn, int n)
{
	struct symbol *t;

	if (insn->opcode == OP_CALL)
		t = nth_symbol(insn->fntypes, n + 1);
	else
		t = nth_argument_type(called_symbol(insn), n);
	t = strip_node(t);
	return t && t->type == SYM_PTR;
}

bool argument_is_gfp(struct instruction *insn, int n)
{
	struct symbol *fn;

	if (insn->opcode == OP_CALL)
		return type_is_gfp(nth_symbol(insn->fntypes, n + 1));
	fn = called_symbol(insn);
	fn = strip_node(fn);
	return fn && fn->type == SYM_FN &&
	       type_is_gfp(nth_symbol(fn->arguments, n));
}

#define MAX_EVAL_DEPTH	16
/* Values are DAGs: without a budget, shared operands make it exponential. */
#define MAX_EVAL_STEPS	256

static int eval_steps;

static bool eval(pseudo_t p, const struct binding *bind, unsigned long *deps,
		 long long *val, int depth);

static bool eval_phi(struct instruction *insn, const struct binding *bind,
		     unsigned long *deps, long long *val, int depth)
{
	pseudo_t phi;
	bool first = true;
	long long v;

	FOR_EACH_PTR(insn->phi_list, phi) {
		if (phi == VOID || !phi->def)
			continue;
		if (!eval(phi->def->phi_src, bind, deps, &v, depth + 1))
			return false;
		if (!first && v != *val)
			return false;
		*val = v;
		first = false;
	} END_FOR_EACH_PTR(phi);
	return !first;
}

static long long truncate_to(long long v, unsigned int bits)
{
	if (bits && bits < 64)
		v &= (1ULL << bits) - 1;
	return v;
}

static bool eval_binop(int op, long long a, long long b, long long *val)
{
	switch (op) {
	case OP_ADD:
		*val = a + b;
		break;
	case OP_SUB:
		*val = a - b;
		break;
	case OP_MUL:
		*val = a * b;
		break;
	case OP_AND:
		*val = a & b;
		break;
	case OP_OR:
		*val = a | b;
		break;
	case OP_XOR:
		*val = a ^ b;
		break;
	case OP_SHL:
		*val = b >= 0 && b < 64 ? a << b : 0;
		break;
	case OP_LSR:
		*val = b >= 0 && b < 64 ? (long long)((unsigned long long)a >> b) : 0;
		break;
	case OP_SET_EQ:
		*val = a == b;
		break;
	case OP_SET_NE:
		*val = a != b;
		break;
	case OP_SET_LT:
		*val = a < b;
		break;
	case OP_SET_LE:
		*val = a <= b;
		break;
	case OP_SET_GT:
		*val = a > b;
		break;
	case OP_SET_GE:
		*val = a >= b;
		break;
	case OP_SET_B:
		*val = (unsigned long long)a < (unsigned long long)b;
		break;
	case OP_SET_BE:
		*val = (unsigned long long)a <= (unsigned long long)b;
		break;
	case OP_SET_A:
		*val = (unsigned long long)a > (unsigned long long)b;
		break;
	case OP_SET_AE:
		*val = (unsigned long long)a >= (unsigned long long)b;
		break;
	default:
		return false;
	}
	return true;
}

static long long eval_unop(struct instruction *insn, long long a)
{
	switch (insn->opcode) {
	case OP_ZEXT:
		return truncate_to(a, insn->orig_type ? insn->orig_type->bit_size : 0);
	case OP_TRUNC:
		return truncate_to(a, insn->size);
	case OP_NOT:
		return ~a;
	default:
		return -a;
	}
}

unsigned long binding_args(const struct binding *b)
{
	unsigned long args = b->known | b->nonnull;
	int i;

	for (i = 0; i < MAX_BOUND_ARGS; i++)
		if (b->clear[i] || b->set[i])
			args |= 1UL << i;
	return args;
}

/* The bits of @p the binding says are zero: through casts and ORs. */
static unsigned long long clear_bits(pseudo_t p, const struct binding *bind, int depth)
{
	struct instruction *insn;

	if (!p || !bind || depth > MAX_EVAL_DEPTH)
		return 0;
	if (p->type == PSEUDO_VAL)
		return ~(unsigned long long)p->value;
	if (p->type == PSEUDO_ARG)
		return p->nr >= 1 && p->nr <= MAX_BOUND_ARGS ? bind->clear[p->nr - 1] : 0;
	if (p->type != PSEUDO_REG || !p->def || !p->def->bb)
		return 0;
	insn = p->def;
	switch (insn->opcode) {
	case OP_COPY:
	case OP_ZEXT:
	case OP_SEXT:
	case OP_TRUNC:
		return clear_bits(insn->src, bind, depth + 1);
	case OP_OR:
		/* gfp_mask | __GFP_MEMALLOC: what neither side sets. */
		return clear_bits(insn->src1, bind, depth + 1) &
		       clear_bits(insn->src2, bind, depth + 1);
	case OP_LOAD:
		return bind->load_clear ? bind->load_clear(bind, insn) : 0;
	default:
		return 0;
	}
}

/* The bits of @p the binding says are one: through casts and ORs. */
static unsigned long long set_bits(pseudo_t p, const struct binding *bind, int depth)
{
	struct instruction *insn;

	if (!p || depth > MAX_EVAL_DEPTH)
		return 0;
	if (p->type == PSEUDO_VAL)
		return p->value;
	if (p->type == PSEUDO_ARG)
		return bind && p->nr >= 1 && p->nr <= MAX_BOUND_ARGS ? bind->set[p->nr - 1] : 0;
	if (p->type != PSEUDO_REG || !p->def || !p->def->bb)
		return 0;
	insn = p->def;
	switch (insn->opcode) {
	case OP_COPY:
	case OP_ZEXT:
	case OP_SEXT:
		return set_bits(insn->src, bind, depth + 1);
	case OP_TRUNC:
		return set_bits(insn->src, bind, depth + 1) &
		       (insn->size < 64 ? (1ULL << insn->size) - 1 : ~0ULL);
	case OP_OR:
		return set_bits(insn->src1, bind, depth + 1) |
		       set_bits(insn->src2, bind, depth + 1);
	default:
		return 0;
	}
}

unsigned long long known_set_bits(pseudo_t p, const struct binding *bind)
{
	return set_bits(p, bind, 0);
}

/*
 * Whether @p is "x & MASK" with a bit of MASK the binding says is one in
 * x: non-zero, though its value is not known (rpmflags & (RPM_ASYNC |
 * RPM_NOWAIT) with RPM_ASYNC set).
 */
static bool some_bit_set(pseudo_t p, const struct binding *bind, int depth)
{
	struct instruction *insn;

	for (; depth <= MAX_EVAL_DEPTH; depth++) {
		if (!p || p->type != PSEUDO_REG || !p->def || !p->def->bb)
			return false;
		insn = p->def;
		if (insn->opcode == OP_COPY || insn->opcode == OP_ZEXT || insn->opcode == OP_SEXT) {
			p = insn->src;
			continue;
		}
		if (insn->opcode != OP_AND)
			return false;
		if (insn->src2->type == PSEUDO_VAL)
			return insn->src2->value & set_bits(insn->src1, bind, depth + 1);
		if (insn->src1->type == PSEUDO_VAL)
			return insn->src1->value & set_bits(insn->src2, bind, depth + 1);
		return false;
	}
	return false;
}

bool nonnull_value(pseudo_t p, const struct binding *bind)
{
	int arg;

	if (!bind)
		return false;
	if (bind->load_nonnull) {
		pseudo_t q = through_casts(p);

		if (q && q->type == PSEUDO_REG && q->def && q->def->bb &&
		    q->def->opcode == OP_LOAD && bind->load_nonnull(bind, q->def))
			return true;
	}
	arg = argument_of(p);
	return arg >= 1 && arg <= MAX_BOUND_ARGS &&
	       !(bind->known & (1UL << (arg - 1))) && (bind->nonnull & (1UL << (arg - 1)));
}

unsigned long long known_clear_bits(pseudo_t p, const struct binding *bind)
{
	return clear_bits(p, bind, 0);
}

static bool eval_insn(struct instruction *insn, const struct binding *bind,
		      unsigned long *deps, long long *val, int depth)
{
	long long a, b, c;

	switch (insn->opcode) {
	case OP_PHI:
		return eval_phi(insn, bind, deps, val, depth);
	case OP_COPY:
	case OP_SEXT:
		return eval(insn->src, bind, deps, val, depth + 1);
	case OP_ZEXT:
	case OP_TRUNC:
	case OP_NOT:
	case OP_NEG:
		if (!eval(insn->src, bind, deps, &a, depth + 1))
			return false;
		*val = eval_unop(insn, a);
		return true;
	case OP_SEL:
		if (!eval(insn->src1, bind, deps, &c, depth + 1))
			return false;
		return eval(c ? insn->src2 : insn->src3, bind, deps, val, depth + 1);
	default:
		break;
	}
	if ((insn->opcode >= OP_BINARY && insn->opcode <= OP_BINARY_END) ||
	    (insn->opcode >= OP_BINCMP && insn->opcode <= OP_BINCMP_END)) {
		bool ka = eval(insn->src1, bind, deps, &a, depth + 1);
		bool kb = eval(insn->src2, bind, deps, &b, depth + 1);

		/*
		 * "a && b" of two tests becomes an AND of their values: one
		 * side known false decides it, as one side true does an OR.
		 */
		if (insn->opcode == OP_AND && ((ka && !a) || (kb && !b))) {
			*val = 0;
			return true;
		}
		/* "(flags & MASK) == 0" with a bit of MASK known set */
		if ((insn->opcode == OP_SET_EQ || insn->opcode == OP_SET_NE) &&
		    ka != kb && !(ka ? a : b) &&
		    some_bit_set(ka ? insn->src2 : insn->src1, bind, depth + 1)) {
			*val = insn->opcode == OP_SET_NE;
			return true;
		}
		/* "ptr == NULL" of a value the binding says is an address */
		if ((insn->opcode == OP_SET_EQ || insn->opcode == OP_SET_NE) &&
		    ka != kb && !(ka ? a : b) &&
		    nonnull_value(ka ? insn->src2 : insn->src1, bind)) {
			*val = insn->opcode == OP_SET_NE;
			return true;
		}
		/* A test of bits the binding says are clear. */
		if (insn->opcode == OP_AND && ka != kb &&
		    !((ka ? a : b) & ~clear_bits(ka ? insn->src2 : insn->src1,
						 bind, depth + 1))) {
			*val = 0;
			return true;
		}
		/* ... and of bits it says are all one: the mask itself. */
		if (insn->opcode == OP_AND && ka != kb && (ka ? a : b) &&
		    !((ka ? a : b) & ~set_bits(ka ? insn->src2 : insn->src1, bind, depth + 1))) {
			*val = ka ? a : b;
			return true;
		}
		if (insn->opcode == OP_OR && insn->size == 1 &&
		    ((ka && a) || (kb && b))) {
			*val = 1;
			return true;
		}
		return ka && kb && eval_binop(insn->opcode, a, b, val);
	}
	return false;
}

static bool eval(pseudo_t p, const struct binding *bind, unsigned long *deps,
		 long long *val, int depth)
{
	if (!p || depth > MAX_EVAL_DEPTH || ++eval_steps > MAX_EVAL_STEPS)
		return false;
	switch (p->type) {
	case PSEUDO_VAL:
		*val = p->value;
		return true;
	case PSEUDO_ARG:
		if (p->nr < 1 || p->nr > MAX_BOUND_ARGS)
			return false;
		if (bind && (bind->known & (1UL << (p->nr - 1)))) {
			*val = bind->val[p->nr - 1];
			return true;
		}
		*deps |= 1UL << (p->nr - 1);
		return false;
	case PSEUDO_REG:
		return p->def && p->def->bb &&
		       eval_insn(p->def, bind, deps, val, depth);
	default:
		return false;
	}
}

bool is_object_address(pseudo_t p)
{
	return p && p->type == PSEUDO_SYM;
}

bool const_value(pseudo_t p, const struct binding *bind, unsigned long *deps,
		 long long *val)
{
	unsigned long ignored = 0;

	eval_steps = 0;
	return eval(p, bind, deps ? deps : &ignored, val, 0);
}

bool const_truth(pseudo_t p, const struct binding *bind, unsigned long *deps,
		 long long *val)
{
	if (const_value(p, bind, deps, val))
		return true;
	*val = 1;
	return some_bit_set(p, bind, 0);
}

/* Adds @v to the set @vals of @n values; -1 when it would be too large. */
static int set_add(long long *vals, int n, long long v)
{
	int i;

	for (i = 0; i < n; i++)
		if (vals[i] == v)
			return n;
	if (n == MAX_VALUE_SET)
		return -1;
	vals[n] = v;
	return n + 1;
}

static int eval_set(pseudo_t p, const struct binding *bind, long long *vals,
		    int depth);

/* The union of @a's and @b's sets into @vals; -1 when either is unknown. */
static int union_set(pseudo_t a, pseudo_t b, const struct binding *bind,
		     long long *vals, int depth)
{
	long long va[MAX_VALUE_SET], vb[MAX_VALUE_SET];
	int na = eval_set(a, bind, va, depth + 1);
	int nb = na > 0 ? eval_set(b, bind, vb, depth + 1) : -1;
	int i, n = 0;

	if (na <= 0 || nb <= 0)
		return -1;
	for (i = 0; i < na && n >= 0; i++)
		n = set_add(vals, n, va[i]);
	for (i = 0; i < nb && n >= 0; i++)
		n = set_add(vals, n, vb[i]);
	return n;
}

static int eval_set_insn(struct instruction *insn, const struct binding *bind,
			 long long *vals, int depth)
{
	long long va[MAX_VALUE_SET], vb[MAX_VALUE_SET], v;
	int na, nb, i, j, n = 0;
	pseudo_t phi;

	switch (insn->opcode) {
	case OP_PHI:
		FOR_EACH_PTR(insn->phi_list, phi) {
			if (phi == VOID || !phi->def)
				continue;
			na = eval_set(phi->def->phi_src, bind, va, depth + 1);
			if (na <= 0)
				return -1;
			for (i = 0; i < na && n >= 0; i++)
				n = set_add(vals, n, va[i]);
			if (n < 0)
				return -1;
		} END_FOR_EACH_PTR(phi);
		return n ? n : -1;
	case OP_SEL:
		/* A condition the binding decides picks one side, as const_value(). */
		na = eval_set(insn->src1, bind, va, depth + 1);
		if (na == 1)
			return eval_set(va[0] ? insn->src2 : insn->src3, bind, vals,
					depth + 1);
		return union_set(insn->src2, insn->src3, bind, vals, depth);
	case OP_COPY:
	case OP_SEXT:
		return eval_set(insn->src, bind, vals, depth + 1);
	case OP_ZEXT:
	case OP_TRUNC:
	case OP_NOT:
	case OP_NEG:
		na = eval_set(insn->src, bind, va, depth + 1);
		for (i = 0; i < na && n >= 0; i++)
			n = set_add(vals, n, eval_unop(insn, va[i]));
		return na > 0 ? n : -1;
	default:
		break;
	}
	if (!(insn->opcode >= OP_BINARY && insn->opcode <= OP_BINARY_END) &&
	    !(insn->opcode >= OP_BINCMP && insn->opcode <= OP_BINCMP_END))
		return -1;
	na = eval_set(insn->src1, bind, va, depth + 1);
	nb = na > 0 ? eval_set(insn->src2, bind, vb, depth + 1) : -1;
	if (na <= 0 || nb <= 0)
		return -1;
	for (i = 0; i < na; i++)
		for (j = 0; j < nb && n >= 0; j++) {
			if (!eval_binop(insn->opcode, va[i], vb[j], &v))
				return -1;
			n = set_add(vals, n, v);
		}
	return n;
}

/* const_value() for sets: the number of values, or -1. */
static int eval_set(pseudo_t p, const struct binding *bind, long long *vals,
		    int depth)
{
	if (!p || depth > MAX_EVAL_DEPTH || ++eval_steps > MAX_EVAL_STEPS)
		return -1;
	switch (p->type) {
	case PSEUDO_VAL:
		vals[0] = p->value;
		return 1;
	case PSEUDO_ARG:
		if (p->nr < 1 || p->nr > MAX_BOUND_ARGS || !bind ||
		    !(bind->known & (1UL << (p->nr - 1))))
			return -1;
		vals[0] = bind->val[p->nr - 1];
		return 1;
	case PSEUDO_REG:
		return p->def && p->def->bb ? eval_set_insn(p->def, bind, vals, depth) : -1;
	default:
		return -1;
	}
}

int const_values(pseudo_t p, const struct binding *bind, long long *vals)
{
	int n;

	eval_steps = 0;
	n = eval_set(p, bind, vals, 0);
	return n > 0 ? n : 0;
}

struct loc loc_of(struct position pos)
{
	return (struct loc){ stream_name(pos.stream), pos.line, pos.pos };
}

struct loc report_pos(struct instruction *insn)
{
	struct instruction *outer = NULL, *e;

	for (e = insn->inlined_in; e; e = e->inlined_in)
		outer = e;
	return loc_of(outer ? outer->pos : insn->pos);
}

/*
 * A file read by macro_written(): its text and where each line starts,
 * read once per stream, since inlined calls alternate between headers.
 */
struct source_file {
	char *text;
	const char **lines;
	int nr_lines;
};

static struct source_file *sources;
static int nr_sources;

static void source_read(struct source_file *sf, const char *name)
{
	size_t len, i;
	FILE *f;
	long n;
	int nr;

	f = fopen(name, "r");
	if (!f)
		return;
	n = fseek(f, 0, SEEK_END) ? -1 : ftell(f);
	if (n < 0 || fseek(f, 0, SEEK_SET)) {
		fclose(f);
		return;
	}
	sf->text = ks_malloc(n + 1);
	len = fread(sf->text, 1, n, f);
	sf->text[len] = 0;
	fclose(f);
	for (nr = 1, i = 0; i < len; i++)
		nr += sf->text[i] == '\n';
	sf->lines = ks_malloc(nr * sizeof(*sf->lines));
	sf->lines[0] = sf->text;
	for (nr = 1, i = 0; i < len; i++)
		if (sf->text[i] == '\n')
			sf->lines[nr++] = sf->text + i + 1;
	sf->nr_lines = nr;
}

static const char *source_line(int stream, int line)
{
	struct source_file *sf;

	if (stream < 0 || stream >= input_stream_nr || line < 1)
		return NULL;
	if (stream >= nr_sources) {
		int old = nr_sources;

		ks_grow(&sources, &nr_sources, stream, sizeof(*sources));
		memset(sources + old, 0, (nr_sources - old) * sizeof(*sources));
	}
	sf = &sources[stream];
	if (!sf->lines && sf->nr_lines == 0) {
		sf->nr_lines = -1;
		source_read(sf, input_streams[stream].name);
	}
	return line <= sf->nr_lines ? sf->lines[line - 1] : NULL;
}

static bool ident_char(char c)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9');
}

/*
 * guard(), scoped_guard(), CLASS() and the other macros of cleanup.h only
 * declare a variable; the API is their class's constructor, spin_trylock()
 * for scoped_guard(spinlock_try, ...), and that is the name to show.
 */
static bool scope_macro(struct symbol *sym)
{
	const char *file = stream_name(sym->pos.stream);
	size_t n = strlen(file);

	return n >= 9 && !strcmp(file + n - 9, "cleanup.h");
}

/* The macro named at @pos, or NULL; *@scope when it is one of cleanup.h's. */
static const char *macro_at(struct position pos, bool *scope)
{
	const char *line, *p;
	struct symbol *sym;
	unsigned int col = 0;
	size_t len;

	*scope = false;
	line = source_line(pos.stream, pos.line);
	if (!line)
		return NULL;
	/* sparse counts columns from 1, a tab to the next multiple of 8 */
	for (p = line; *p && *p != '\n' && col + 1 < pos.pos; p++)
		col += *p == '\t' ? 8 - col % 8 : 1;
	if (col + 1 != pos.pos || !ident_char(*p) || (*p >= '0' && *p <= '9'))
		return NULL;
	for (len = 0; ident_char(p[len]); len++)
		;
	sym = lookup_symbol(built_in_ident(arena_printf("%.*s", (int)len, p)), NS_MACRO);
	if (!sym || sym->namespace != NS_MACRO)
		return NULL;
	*scope = scope_macro(sym);
	/*
	 * A macro of the checked file itself is the author's shorthand: the
	 * kernel API inside it says more.
	 */
	if (sym->pos.stream == pos.stream)
		return NULL;
	return arena_printf("%.*s", (int)len, p);
}

const char *macro_written(struct instruction *insn)
{
	struct instruction *chain[64], *e;
	const char *name;
	bool scope;
	int n = 0;

	/* chain[0] is the call, chain[n - 1] the outermost inlined entry */
	chain[n++] = insn;
	for (e = insn->inlined_in; e && n < 64; e = e->inlined_in)
		chain[n++] = e;
	/*
	 * The user's line names the macro, unless it is a guard: then the
	 * API is named where the guard's class is defined, spin_lock_irqsave()
	 * in DEFINE_LOCK_GUARD_1(spinlock_irqsave, ...), further in.
	 */
	while (n--) {
		name = macro_at(chain[n]->pos, &scope);
		if (!scope)
			return name;
	}
	return NULL;
}

const char *inlined_from(struct instruction *insn, const char *api)
{
	struct instruction *e, *outer = NULL;
	const char *name;

	for (e = insn->inlined_in; e; e = e->inlined_in)
		outer = e;
	if (!outer)
		return NULL;
	name = symbol_name(called_symbol(outer));
	return strncmp(name, api, strlen(name)) ? name : NULL;
}

const char *api_written(struct instruction *insn)
{
	struct instruction *e, *outer = NULL;

	for (e = insn->inlined_in; e; e = e->inlined_in)
		outer = e;
	return symbol_name(called_symbol(outer ? outer : insn));
}

int parameter_of(pseudo_t p)
{
	int depth;

	for (depth = 0; p && depth < 8; depth++) {
		if (p->type == PSEUDO_ARG)
			return p->nr;
		if (p->type != PSEUDO_REG || !p->def)
			return 0;
		if (p->def->opcode != OP_COPY && p->def->opcode != OP_PTRCAST)
			return 0;
		p = p->def->src;
	}
	return 0;
}

pseudo_t through_casts(pseudo_t p)
{
	int depth;

	for (depth = 0; p && depth < MAX_EVAL_DEPTH; depth++) {
		if (p->type != PSEUDO_REG || !p->def || !p->def->bb)
			return p;
		switch (p->def->opcode) {
		case OP_COPY:
		case OP_ZEXT:
		case OP_SEXT:
		case OP_TRUNC:
			p = p->def->src;
			break;
		default:
			return p;
		}
	}
	return NULL;
}

int argument_of(pseudo_t p)
{
	p = through_casts(p);
	return p && p->type == PSEUDO_ARG ? p->nr : 0;
}

int arg_test_add(struct arg_test *out, int n, int max, int arg, bool mask, long long value)
{
	int i;

	for (i = 0; i < n; i++)
		if (out[i].arg == arg && out[i].mask == mask && out[i].value == value)
			return n;
	if (n == max)
		return n;
	out[n] = (struct arg_test){ arg, mask, value };
	return n + 1;
}

/* An operand of @insn that is an argument of @params, with the other a constant. */
static int tested_argument(struct instruction *insn, unsigned long params,
			   long long *value)
{
	int arg;

	if (insn->src2 && insn->src2->type == PSEUDO_VAL) {
		arg = argument_of(insn->src1);
		*value = insn->src2->value;
	} else if (insn->src1 && insn->src1->type == PSEUDO_VAL) {
		arg = argument_of(insn->src2);
		*value = insn->src1->value;
	} else {
		return 0;
	}
	return arg >= 1 && arg <= MAX_BOUND_ARGS && (params & (1UL << (arg - 1))) ? arg : 0;
}

int arg_tests(struct entrypoint *ep, unsigned long params, struct arg_test *out, int n,
	      int max)
{
	struct basic_block *bb;
	struct instruction *insn;
	struct multijmp *jmp;
	long long v;
	int arg;

	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			if (!insn->bb)
				continue;
			switch (insn->opcode) {
			case OP_AND:
				arg = tested_argument(insn, params, &v);
				if (arg && v)
					n = arg_test_add(out, n, max, arg, true, v);
				break;
			case OP_SET_EQ:
			case OP_SET_NE:
				arg = tested_argument(insn, params, &v);
				if (arg)
					n = arg_test_add(out, n, max, arg, false, v);
				break;
			case OP_CBR:
				arg = argument_of(insn->cond);
				if (arg >= 1 && arg <= MAX_BOUND_ARGS && (params & (1UL << (arg - 1))))
					n = arg_test_add(out, n, max, arg, false, 0);
				break;
			case OP_SWITCH:
				arg = argument_of(insn->cond);
				if (arg < 1 || arg > MAX_BOUND_ARGS || !(params & (1UL << (arg - 1))))
					break;
				FOR_EACH_PTR(insn->multijmp_list, jmp) {
					if (jmp->begin == jmp->end)
						n = arg_test_add(out, n, max, arg, false, jmp->begin);
				} END_FOR_EACH_PTR(jmp);
				break;
			default:
				break;
			}
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
	return n;
}

/* Whether @t, or what sits @off bytes into it, is (in) a struct @tag. */
static bool type_holds(struct symbol *t, long long off, const char *tag, int depth)
{
	struct symbol *m, *mt;

	t = strip_node(t);
	if (!t || depth > 16 || off < 0)
		return false;
	if (t->type == SYM_ARRAY) {
		mt = strip_node(t->ctype.base_type);
		if (!mt || mt->bit_size <= 0)
			return false;
		return type_holds(mt, off % (mt->bit_size / bits_in_char), tag, depth + 1);
	}
	if (t->type != SYM_STRUCT && t->type != SYM_UNION)
		return false;
	if (t->ident && strlen(tag) == (size_t)t->ident->len &&
	    !memcmp(t->ident->name, tag, t->ident->len))
		return true;
	FOR_EACH_PTR(t->symbol_list, m) {
		long long start = (long long)m->offset;

		mt = strip_node(m);
		if (!mt || off < start ||
		    (mt->bit_size > 0 && off >= start + mt->bit_size / bits_in_char))
			continue;
		if (type_holds(mt, off - start, tag, depth + 1))
			return true;
	} END_FOR_EACH_PTR(m);
	return false;
}

pseudo_t base_offset(pseudo_t p, long long *off)
{
	int i;

	*off = 0;
	for (i = 0; p && i < 8; i++) {
		if (p->type != PSEUDO_REG || !p->def)
			return p;
		switch (p->def->opcode) {
		case OP_COPY:
		case OP_PTRCAST:
			p = p->def->src;
			break;
		case OP_ADD:
		case OP_SUB:
			if (p->def->src2->type != PSEUDO_VAL)
				return p;
			*off += p->def->opcode == OP_ADD ? p->def->src2->value :
							   -p->def->src2->value;
			p = p->def->src1;
			break;
		default:
			return p;
		}
	}
	return p;
}

bool points_into(pseudo_t p, const char *tag)
{
	struct symbol *t = NULL;
	struct basic_block *bb;
	long long off;

	p = base_offset(p, &off);
	if (!p)
		return false;
	if (p->type == PSEUDO_SYM)
		/* &l of a DEFINE_SPINLOCK(l): the variable's own type */
		return p->sym && type_holds(p->sym, off, tag, 0);
	bb = p->type == PSEUDO_ARG && p->def ? p->def->bb : NULL;
	if (p->type == PSEUDO_REG && p->def)
		t = p->def->type;
	else if (bb && bb->ep)
		t = nth_argument_type(bb->ep->name, p->nr);
	t = strip_node(t);
	if (!t || t->type != SYM_PTR)
		return false;
	return type_holds(t->ctype.base_type, off, tag, 0);
}
