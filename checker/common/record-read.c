// SPDX-License-Identifier: GPL-2.0
/*
 * Reading summary files and databases.  Their lines nest by leading tabs:
 * a line belongs to the nearest line above it with one tab less.  Input is
 * untrusted (a build directory holds anything, a database may come from
 * another tree): every field is checked, and the first error rejects the
 * whole file with one message naming it and the line.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "error.h"
#include "intern.h"
#include "record.h"

#define MAX_DEPTH	5
#define MAX_FIELDS	32

enum owner_kind {
	OWN_NONE,
	OWN_FN,
	OWN_STATE,	/* accepts "origin" */
	OWN_CASE,	/* a state that is also a point's case */
	OWN_CHAIN,	/* accepts "at" */
	OWN_POINT,
	OWN_WARN,
};

struct owner {
	enum owner_kind kind;
	void *obj;			/* fn_record, kstate, point, diag */
	const struct step **tail;	/* OWN_CHAIN: where the next step goes */
};

struct reader {
	const char *name;
	int line;
	char err[160];
	struct unit_record *u;
	const char *unit;		/* of the functions that follow */
	struct fn_record **fn_tail;
	struct point **point_tail;	/* of the last "fn" */
	struct field_record **field_tail;
	struct bits_record **bits_tail;
	struct register_record **register_tail;
	struct pass_record **pass_tail;
	struct warn_record **warn_tail;
	struct owner own[MAX_DEPTH];
	bool ended;
	/*
	 * The "fn" being read and its point being read: the parts that
	 * records share are built here, in zeroed memory, and interned once
	 * whole (finish_fn(), finish_point()).
	 */
	struct fn_record *fn;
	struct summary sum;
	struct kstate adj_by[NR_RET_CLASSES];
	struct kstate assume;
	struct expect gfp_expect;
	struct value_case cases[MAX_VALUE_CASES];
	struct ret_case rets[MAX_RETS];
	struct point *pt;
	struct expect pt_expect;
	bool pt_args;			/* args holds an argument */
	struct point_args args;
	struct term_case pt_cases[MAX_PENDING_CASES];
};

static bool fail(struct reader *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static bool fail(struct reader *r, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(r->err, sizeof(r->err), fmt, ap);
	va_end(ap);
	return false;
}

/* The one copy of @s that every file read shares (intern.h). */
static const char *text(const char *s)
{
	return intern(s, strlen(s));
}

static bool parse_range(struct reader *r, const char *s, struct range *out)
{
	if (!strcmp(s, "none")) {
		*out = (struct range){ 1, 0 };
		return true;
	}
	if (range_parse(s, out) || out->lo < -RANGE_INF || out->hi > RANGE_INF)
		return fail(r, "bad range '%s'", s);
	return true;
}

static bool parse_ranges(struct reader *r, char **f, int n, struct range *out)
{
	int d;

	if (n < NR_DIMS)
		return fail(r, "expected %d ranges", NR_DIMS);
	for (d = 0; d < NR_DIMS; d++)
		if (!parse_range(r, f[d], &out[d]))
			return false;
	return true;
}

/* Ranges as parse_ranges(); "=R" marks an absolute one (atomic.h). */
static bool parse_state(struct reader *r, char **f, int n, struct kstate *s)
{
	int d;

	if (n < NR_DIMS)
		return fail(r, "expected %d ranges", NR_DIMS);
	for (d = 0; d < NR_DIMS; d++) {
		const char *t = f[d];

		if (*t == '=') {
			if (!(KSTATE_ABS_DIMS & (1U << d)))
				return fail(r, "'%s' cannot be absolute", dim_names[d]);
			s->abs |= 1U << d;
			t++;
		}
		if (!parse_range(r, t, &s->r[d]))
			return false;
	}
	return true;
}

static bool parse_long(struct reader *r, const char *s, long lo, long hi, long *out)
{
	char *end;

	errno = 0;
	*out = strtol(s, &end, 10);
	if (!*s || *end || errno || *out < lo || *out > hi)
		return fail(r, "bad number '%s'", s);
	return true;
}

static bool parse_hex(struct reader *r, const char *s, unsigned long long *out)
{
	char *end;

	errno = 0;
	*out = strtoull(s, &end, 16);
	if (!*s || *end || errno || *s == '-')
		return fail(r, "bad bit set '%s'", s);
	return true;
}

/* Undoes put_word(): \ooo is the byte of octal value ooo. */
static bool unescape(struct reader *r, char *s)
{
	char *out = s;

	for (; *s; s++) {
		if (*s != '\\') {
			*out++ = *s;
			continue;
		}
		if (s[1] < '0' || s[1] > '3' || s[2] < '0' || s[2] > '7' ||
		    s[3] < '0' || s[3] > '7')
			return fail(r, "bad escape in '%s'", s);
		*out++ = (s[1] - '0') << 6 | (s[2] - '0') << 3 | (s[3] - '0');
		s += 3;
	}
	*out = 0;
	return true;
}

/* A field written with put_word(), unescaped in place: its shared copy, or NULL. */
static const char *word(struct reader *r, char *s)
{
	return unescape(r, s) ? text(s) : NULL;
}

/*
 * FILE:LINE:COL, split at the last two colons: file names may hold one.
 * The field is cut there in place.
 */
static bool parse_loc(struct reader *r, char *s, struct loc *out)
{
	char *c2 = strrchr(s, ':'), *c1;
	long line, col;

	if (!c2 || c2 == s)
		return fail(r, "bad location '%s'", s);
	for (c1 = c2 - 1; c1 > s && *c1 != ':'; c1--)
		;
	if (c1 == s)
		return fail(r, "bad location '%s'", s);
	*c1 = *c2 = 0;
	if (!parse_long(r, c1 + 1, 0, 1L << 30, &line) ||
	    !parse_long(r, c2 + 1, 0, 1L << 30, &col))
		return false;
	out->file = word(r, s);
	if (!out->file)
		return false;
	out->line = line;
	out->col = col;
	return true;
}

/* Splits @line at spaces into at most @max fields; the last keeps its spaces. */
static int split(char *line, char **f, int max)
{
	int n = 0;

	while (*line && n < max) {
		while (*line == ' ')
			line++;
		if (!*line)
			break;
		f[n++] = line;
		if (n == max)
			break;
		while (*line && *line != ' ')
			line++;
		if (*line)
			*line++ = 0;
	}
	return n;
}

static void own(struct reader *r, int depth, enum owner_kind kind, void *obj,
		const struct step **tail)
{
	int d;

	r->own[depth] = (struct owner){ kind, obj, tail };
	for (d = depth + 1; d < MAX_DEPTH; d++)
		r->own[d].kind = OWN_NONE;
}

static bool parse_origin(struct reader *r, int depth, char **f, int n)
{
	struct owner *o = &r->own[depth - 1];
	struct kstate *s = o->obj;
	enum what what;
	int d;

	if (o->kind != OWN_STATE && o->kind != OWN_CASE)
		return fail(r, "'origin' belongs under a state");
	d = n == 3 ? dim_parse(f[1]) : -1;
	if (d < 0 || what_parse(f[2], &what))
		return fail(r, "bad origin");
	s->origin[d].what = what;
	s->origin[d].where = NULL;
	own(r, depth, OWN_CHAIN, s, &s->origin[d].where);
	return true;
}

static bool parse_at(struct reader *r, int depth, char *rest)
{
	struct owner *o = &r->own[depth - 1];
	struct step *s;
	char *f[2];

	if (o->kind != OWN_CHAIN)
		return fail(r, "'at' belongs under a chain");
	if (split(rest, f, 2) != 2)
		return fail(r, "bad step");
	s = arena_alloc(sizeof(*s));
	memset(s, 0, sizeof(*s));
	if (!parse_loc(r, f[0], &s->pos))
		return false;
	s->text = text(f[1]);
	*o->tail = s;
	o->tail = &s->next;
	return true;
}

static bool parse_expect(struct reader *r, int depth, struct expect *e, char **f, int n)
{
	int i;

	expect_any(e);
	if (!parse_ranges(r, f + 1, n - 1, e->r))
		return false;
	/* The waivers, in any order, each at most once. */
	for (i = NR_DIMS + 1; i < n; i++) {
		bool *flag = !strcmp(f[i], "nofault-ok") ? &e->unless_nofault :
			     !strcmp(f[i], "interrupt-ok") ? &e->unless_interrupt :
			     !strcmp(f[i], "last-ref") ? &e->last_ref : NULL;

		if (!flag || *flag)
			return fail(r, "bad expect");
		*flag = true;
	}
	own(r, depth, OWN_CHAIN, e, &e->why);
	return true;
}

/* "R R R R R must X may Y", the state of a case or a return. */
static bool parse_term_case(struct reader *r, char **f, int n, struct term_case *tc)
{
	kstate_zero(&tc->s);
	if (n != NR_DIMS + 4 || strcmp(f[NR_DIMS], "must") || strcmp(f[NR_DIMS + 2], "may"))
		return fail(r, "bad case");
	if (!parse_state(r, f, NR_DIMS, &tc->s) ||
	    !parse_hex(r, f[NR_DIMS + 1], &tc->must) ||
	    !parse_hex(r, f[NR_DIMS + 3], &tc->may))
		return false;
	if (tc->must & ~tc->may)
		return fail(r, "a case must pass terms it may not");
	return true;
}

/* "K=VALUE" or "K=@PARAM": what a call passes as its argument K. */
static bool parse_point_arg(struct reader *r, char *tok)
{
	struct point_args *a = &r->args;
	char *eq = strchr(tok, '=');
	unsigned long long v;
	long k, param;

	if (!eq)
		return fail(r, "bad argument '%s'", tok);
	*eq = 0;
	if (!parse_long(r, tok, 1, MAX_POINT_ARGS, &k))
		return false;
	if ((a->known & (1UL << (k - 1))) || a->param[k - 1] ||
	    a->fn[k - 1] || (a->nonnull & (1UL << (k - 1))))
		return fail(r, "argument %ld given twice", k);
	r->pt_args = true;
	if (!strcmp(eq + 1, "nonnull")) {
		a->nonnull |= 1UL << (k - 1);
		return true;
	}
	if (!strncmp(eq + 1, "static:", 7) || !strncmp(eq + 1, "global:", 7)) {
		if (!eq[8])
			return fail(r, "bad argument '%s'", eq + 1);
		a->fn[k - 1] = text(eq + 8);
		if (eq[1] == 's')
			a->fn_static |= 1UL << (k - 1);
		return true;
	}
	if (eq[1] == '@') {
		if (!parse_long(r, eq + 2, 1, MAX_POINT_ARGS, &param))
			return false;
		a->param[k - 1] = param;
		return true;
	}
	if (!parse_hex(r, eq + 1, &v))
		return false;
	a->known |= 1UL << (k - 1);
	a->val[k - 1] = (long long)v;
	return true;
}

/* A C identifier: what a type or member name in a record must be. */
static bool is_ident(const char *s, size_t n)
{
	size_t i;

	if (!n || (s[0] >= '0' && s[0] <= '9'))
		return false;
	for (i = 0; i < n; i++)
		if (!(s[i] == '_' || (s[i] >= 'a' && s[i] <= 'z') ||
		      (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
			return false;
	return true;
}

/*
 * "value-expect K eq|ne|clear VALUE live BITS RANGES... [flags]", or
 * "field-expect TYPE.MEMBER clear VALUE live BITS ..." for a field's bits,
 * "field-expect TYPE.MEMBER ne 0 live BITS ..." for a pointer not NULL
 */
static bool parse_value_case(struct reader *r, struct fn_record *fn, char **f, int n)
{
	bool field = !strcmp(f[0], "field-expect");
	struct value_case *vc;
	unsigned long long v;
	const char *dot;
	long k = 0;

	if (n < 6 || strcmp(f[4], "live") || fn->nr_cases == MAX_VALUE_CASES)
		return fail(r, "bad %s", f[0]);
	dot = field ? strchr(f[1], '.') : NULL;
	if (field && (!dot || !is_ident(f[1], dot - f[1]) || !is_ident(dot + 1, strlen(dot + 1)) ||
		      (strcmp(f[2], "clear") && strcmp(f[2], "ne"))))
		return fail(r, "bad field-expect");
	if (!field && !parse_long(r, f[1], 1, MAX_POINT_ARGS, &k))
		return false;
	vc = &r->cases[fn->nr_cases];
	memset(vc, 0, sizeof(*vc));
	vc->arg = k;
	if (field) {
		vc->field_type = intern(f[1], dot - f[1]);
		vc->field_member = text(dot + 1);
	}
	if (!strcmp(f[2], "clear"))
		vc->mask = true;
	else if (!strcmp(f[2], "set"))
		vc->set = true;
	else if (!strcmp(f[2], "ne"))
		vc->ne = true;
	else if (strcmp(f[2], "eq"))
		return fail(r, "bad value-expect test '%s'", f[2]);
	if (!parse_hex(r, f[3], &v) || !parse_hex(r, f[5], &vc->live))
		return false;
	vc->value = (long long)v;
	if ((vc->mask || vc->set) && !v)
		return fail(r, "a value-expect %s no bit", vc->mask ? "clears" : "sets");
	/* a field is only ever tested for NULL */
	if (field && vc->ne && v)
		return fail(r, "a field-expect tests a pointer against 0 only");
	fn->nr_cases++;
	return parse_expect(r, 1, &vc->expect, f + 5, n - 5);
}

/* "row WHERE sleep|nosleep|- ADJ|-": what a table row says of the function. */
static bool parse_row(struct reader *r, struct fn_record *fn, char **f, int n)
{
	long adj;

	if (n != 4 || fn->row)
		return fail(r, "bad row");
	fn->row = word(r, f[1]);
	if (!fn->row)
		return false;
	if (!strcmp(f[2], "sleep"))
		fn->row_sleep = 1;
	else if (!strcmp(f[2], "nosleep"))
		fn->row_sleep = 0;
	else if (!strcmp(f[2], "-"))
		fn->row_sleep = -1;
	else
		return fail(r, "bad row claim '%s'", f[2]);
	if (strcmp(f[3], "-")) {
		if (!parse_long(r, f[3], -64, 64, &adj))
			return false;
		fn->row_has_adj = true;
		fn->row_adj = adj;
	}
	return true;
}

/* The flags that end a point's line: "local", "reported". */
static bool parse_point_flags(struct reader *r, struct point *pt, char **f, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		long k;

		if (!strncmp(f[i], "blocking-gfp", 12) && pt->kind == POINT_CALL &&
		    parse_long(r, f[i] + 12, 1, 8 * sizeof(pt->blocking_gfp), &k)) {
			pt->blocking_gfp |= 1UL << (k - 1);
			continue;
		}
		r->err[0] = 0;
		if (!strncmp(f[i], "arg", 3) && pt->kind == POINT_CALL) {
			if (!parse_point_arg(r, f[i] + 3))
				return false;
			continue;
		}
		if (!strcmp(f[i], "local") && pt->kind == POINT_CALL && !pt->callee_local)
			pt->callee_local = true;
		else if (!strcmp(f[i], "field") && pt->kind == POINT_CALL && !pt->callee_field)
			pt->callee_field = true;
		else if (!strcmp(f[i], "reported") && !pt->reported)
			pt->reported = true;
		else if (!strcmp(f[i], "last-ref") && !pt->last_ref)
			pt->last_ref = true;
		else
			return fail(r, "bad flag '%s'", f[i]);
	}
	return true;
}

static bool parse_point(struct reader *r, char **f, int n)
{
	struct point *pt = arena_alloc(sizeof(*pt));
	char *where;
	long term;
	int used;

	memset(pt, 0, sizeof(*pt));
	r->pt = pt;
	r->pt_args = false;
	memset(&r->args, 0, sizeof(r->args));
	memset(r->pt_cases, 0, sizeof(r->pt_cases));
	if (!strcmp(f[0], "call")) {
		if (n < 5 || !parse_long(r, f[1], -1, MAX_TERMS - 1, &term))
			return fail(r, "bad call");
		pt->kind = POINT_CALL;
		pt->term = term;
		if (!strcmp(f[2], "static"))
			pt->callee_static = true;
		else if (strcmp(f[2], "global"))
			return fail(r, "bad callee kind '%s'", f[2]);
		pt->callee = word(r, f[3]);
		if (!pt->callee)
			return false;
		where = f[4];
		used = 5;
	} else {
		if (n < 3)
			return fail(r, "bad check");
		pt->kind = POINT_CHECK;
		pt->term = -1;
		pt->display = word(r, f[1]);
		if (!pt->display)
			return false;
		where = f[2];
		used = 3;
		memset(&r->pt_expect, 0, sizeof(r->pt_expect));
		expect_any(&r->pt_expect);
	}
	if (!parse_loc(r, where, &pt->pos) ||
	    !parse_point_flags(r, pt, f + used, n - used))
		return false;
	*r->point_tail = pt;
	r->point_tail = &pt->next;
	own(r, 1, OWN_POINT, pt, NULL);
	return true;
}

static bool parse_ret(struct reader *r, struct fn_record *fn, char **f, int n)
{
	struct ret_case *rc;
	const char *c;

	/* A bare "ret": f[1] is not set. */
	if (n < 2)
		return fail(r, "bad return");
	if (fn->nr_rets == MAX_RETS)
		return fail(r, "more than %d returns", MAX_RETS);
	rc = &r->rets[fn->nr_rets];
	rc->classes = 0;
	for (c = f[1]; *c; c++) {
		int k;

		for (k = 0; k < NR_RET_CLASSES && *c != ret_class_names[k][0]; k++)
			;
		if (k == NR_RET_CLASSES)
			return fail(r, "bad return classes '%s'", f[1]);
		rc->classes |= 1 << k;
	}
	if (!rc->classes || !parse_term_case(r, f + 2, n - 2, &rc->tc))
		return fail(r, "bad return");
	fn->nr_rets++;
	own(r, 1, OWN_CASE, &rc->tc.s, NULL);
	return true;
}

/* "calls K STATE [argJ=VALUE]...": parameter K is called in that state. */
static bool parse_calls(struct reader *r, struct fn_record *fn, char **f, int n)
{
	struct param_calls *pcs = (struct param_calls *)r->sum.calls;
	struct param_call *pc;
	long k, a;
	int i;

	if (n < NR_DIMS + 2 || !parse_long(r, f[1], 1, MAX_CB_PARAMS, &k))
		return fail(r, "bad calls");
	if (!pcs) {
		pcs = arena_alloc(sizeof(*pcs));
		memset(pcs, 0, sizeof(*pcs));
		r->sum.calls = pcs;
	}
	if (pcs->params & (1U << (k - 1)))
		return fail(r, "parameter %ld called twice", k);
	pcs->params |= 1U << (k - 1);
	pc = &pcs->p[k - 1];
	if (!parse_state(r, f + 2, NR_DIMS, &pc->at))
		return false;
	for (i = NR_DIMS + 2; i < n; i++) {
		char *eq = strchr(f[i], '=');
		unsigned long long v;

		if (strncmp(f[i], "arg", 3) || !eq)
			return fail(r, "bad calls");
		*eq = 0;
		if (!parse_long(r, f[i] + 3, 1, MAX_CB_ARGS, &a) || !parse_hex(r, eq + 1, &v))
			return false;
		if (pc->known & (1U << (a - 1)))
			return fail(r, "argument %ld given twice", a);
		pc->known |= 1U << (a - 1);
		pc->val[a - 1] = (long long)v;
	}
	own(r, 1, OWN_STATE, &pc->at, NULL);
	return true;
}

/* "registers K CONTEXT API": parameter K is registered to run there. */
static bool parse_registers(struct reader *r, struct fn_record *fn, char **f, int n)
{
	struct param_reg *pr, **tail;
	long k;
	int ctx;

	if (n != 4 || !parse_long(r, f[1], 1, MAX_POINT_ARGS, &k) ||
	    !is_ident(f[3], strlen(f[3])))
		return fail(r, "bad registers");
	ctx = entry_context_parse(f[2]);
	if (ctx < 0 || !entry_context_atomic(ctx))
		return fail(r, "bad context '%s'", f[2]);
	if (param_reg_find(fn->regs, k, ctx))
		return fail(r, "parameter %ld registered twice in %s", k, f[2]);
	pr = arena_alloc(sizeof(*pr));
	memset(pr, 0, sizeof(*pr));
	pr->param = k;
	pr->ctx = ctx;
	pr->api = text(f[3]);
	for (tail = &fn->regs; *tail; tail = &(*tail)->next)
		;
	*tail = pr;
	own(r, 1, OWN_CHAIN, pr, &pr->via);
	return true;
}

/* A line one tab in, under "fn". */
static bool parse_fn_line(struct reader *r, struct fn_record *fn, char **f, int n)
{
	int c;

	if (!strcmp(f[0], "adj")) {
		if (!parse_state(r, f + 1, n - 1, &r->sum.adj))
			return false;
		if (n == NR_DIMS + 2 && !strcmp(f[NR_DIMS + 1], "clamped"))
			r->sum.clamped = true;
		else if (n != NR_DIMS + 1)
			return fail(r, "bad adj");
		own(r, 1, OWN_STATE, &r->sum.adj, NULL);
		return true;
	}
	for (c = 0; c < NR_RET_CLASSES; c++) {
		if (strncmp(f[0], "adj-", 4) || strcmp(f[0] + 4, ret_class_names[c]))
			continue;
		if (n != NR_DIMS + 1 || !parse_state(r, f + 1, n - 1, &r->adj_by[c]))
			return fail(r, "bad %s", f[0]);
		r->sum.by_ret = true;
		r->sum.returns[c] = true;
		own(r, 1, OWN_STATE, &r->adj_by[c], NULL);
		return true;
	}
	if (!strcmp(f[0], "expect"))
		return parse_expect(r, 1, &r->sum.expect, f, n);
	if (!strcmp(f[0], "gfp-expect")) {
		long k;

		if (n < 2 || !parse_long(r, f[1], 1, MAX_BOUND_GFP, &k) || fn->gfp_param)
			return fail(r, "bad gfp-expect");
		fn->gfp_param = k;
		return parse_expect(r, 1, &r->gfp_expect, f + 1, n - 1);
	}
	if (!strcmp(f[0], "value-expect") || !strcmp(f[0], "field-expect"))
		return parse_value_case(r, fn, f, n);
	if (!strcmp(f[0], "row"))
		return parse_row(r, fn, f, n);
	if (!strcmp(f[0], "assume")) {
		if (n != NR_DIMS + 1 || !parse_ranges(r, f + 1, n - 1, r->assume.r))
			return fail(r, "bad assume");
		own(r, 1, OWN_STATE, &r->assume, NULL);
		return true;
	}
	if (!strcmp(f[0], "calls"))
		return parse_calls(r, fn, f, n);
	if (!strcmp(f[0], "registers"))
		return parse_registers(r, fn, f, n);
	if (r->u->database)
		return fail(r, "'%s' in a database", f[0]);
	if (!strcmp(f[0], "call") || !strcmp(f[0], "check"))
		return parse_point(r, f, n);
	if (!strcmp(f[0], "ret"))
		return parse_ret(r, fn, f, n);
	return fail(r, "unknown record '%s'", f[0]);
}

/* The point being read is whole: its parts are shared with equal ones. */
static void finish_point(struct reader *r)
{
	struct point *pt = r->pt;

	if (!pt)
		return;
	pt->c = intern_mem(r->pt_cases, pt->n * sizeof(*pt->c));
	if (pt->kind == POINT_CHECK)
		pt->e = intern_mem(&r->pt_expect, sizeof(r->pt_expect));
	pt->args = r->pt_args ? intern_mem(&r->args, sizeof(r->args)) : NULL;
	r->pt = NULL;
}

/* Likewise the "fn" being read; its value cases are its own (klint-link narrows them). */
static void finish_fn(struct reader *r)
{
	struct fn_record *fn = r->fn;

	finish_point(r);
	if (!fn)
		return;
	if (r->sum.by_ret)
		r->sum.adj_by = intern_mem(r->adj_by, sizeof(r->adj_by));
	fn->sum = intern_mem(&r->sum, sizeof(r->sum));
	fn->assume = intern_mem(&r->assume, sizeof(r->assume));
	fn->gfp_expect = intern_mem(&r->gfp_expect, sizeof(r->gfp_expect));
	fn->rets = intern_mem(r->rets, fn->nr_rets * sizeof(*fn->rets));
	if (fn->nr_cases) {
		fn->cases = arena_alloc(fn->nr_cases * sizeof(*fn->cases));
		memcpy(fn->cases, r->cases, fn->nr_cases * sizeof(*fn->cases));
	}
	r->fn = NULL;
}

static bool parse_unit(struct reader *r, char **f, int n)
{
	/* A summary file describes one unit; a database one after another. */
	if (r->u->unit && !r->u->database)
		return fail(r, "unknown record '%s'", f[0]);
	r->unit = word(r, f[1]);
	if (!r->unit)
		return false;
	if (!r->u->unit)
		r->u->unit = r->unit;
	own(r, 0, OWN_NONE, NULL, NULL);
	return true;
}

static bool parse_fn(struct reader *r, char **f, int n)
{
	struct fn_record *fn;
	int d;

	if (n == 5 && strcmp(f[4], "exported"))
		return fail(r, "bad fn");
	if (!r->unit)
		return fail(r, "no 'unit' line");
	fn = arena_alloc(sizeof(*fn));
	memset(fn, 0, sizeof(*fn));
	r->fn = fn;
	summary_neutral(&r->sum);
	for (d = 0; d < NR_RET_CLASSES; d++)
		kstate_zero(&r->adj_by[d]);
	kstate_zero(&r->assume);
	for (d = 0; d < NR_DIMS; d++)
		r->assume.r[d] = (struct range){ 0, RANGE_INF };
	memset(&r->gfp_expect, 0, sizeof(r->gfp_expect));
	expect_any(&r->gfp_expect);
	memset(r->rets, 0, sizeof(r->rets));
	fn->name = text(f[1]);
	fn->unit = r->unit;
	fn->is_static = !strcmp(f[2], "static");
	fn->exported = n == 5;
	if (!parse_loc(r, f[3], &fn->pos))
		return false;
	*r->fn_tail = fn;
	r->fn_tail = &fn->next;
	r->point_tail = &fn->points;
	own(r, 0, OWN_FN, fn, NULL);
	return true;
}

static bool parse_field(struct reader *r, char **f, int n)
{
	struct field_record *fr = arena_alloc(sizeof(*fr));

	fr->type = word(r, f[1]);
	if (!fr->type)
		return false;
	fr->member = text(f[2]);
	fr->fn = text(f[3]);
	fr->fn_static = !strcmp(f[4], "static");
	fr->next = NULL;
	if (!parse_loc(r, f[5], &fr->pos))
		return false;
	*r->field_tail = fr;
	r->field_tail = &fr->next;
	own(r, 0, OWN_NONE, NULL, NULL);
	return true;
}

/* "bits TYPE MEMBER any|nonnull|MASK", or "bits TYPE MEMBER from TYPE MEMBER" */
static bool parse_bits(struct reader *r, char **f, int n)
{
	struct bits_record *br = arena_alloc(sizeof(*br));
	int i;

	memset(br, 0, sizeof(*br));
	for (i = 1; i < n; i++)
		if (i != 3 && !is_ident(f[i], strlen(f[i])))
			return fail(r, "bad bits");
	br->type = text(f[1]);
	br->member = text(f[2]);
	if (n == 6) {
		if (strcmp(f[3], "from"))
			return fail(r, "bad bits");
		br->from_type = text(f[4]);
		br->from_member = text(f[5]);
	} else if (n != 4) {
		return fail(r, "bad bits");
	} else if (!strcmp(f[3], "any")) {
		br->any = true;
	} else if (!strcmp(f[3], "nonnull")) {
		br->nonnull = true;
	} else if (!parse_hex(r, f[3], &br->bits)) {
		return false;
	}
	*r->bits_tail = br;
	r->bits_tail = &br->next;
	own(r, 0, OWN_NONE, NULL, NULL);
	return true;
}

static bool parse_register(struct reader *r, char **f, int n)
{
	struct register_record *rr = arena_alloc(sizeof(*rr));

	rr->ctx = entry_context_parse(f[3]);
	if (rr->ctx < 0 || !entry_context_atomic(rr->ctx))
		return fail(r, "bad context '%s'", f[3]);
	rr->fn = text(f[1]);
	rr->fn_static = !strcmp(f[2], "static");
	rr->api = text(f[5]);
	rr->row = n > 6 ? text(f[6]) : NULL;
	if (!parse_loc(r, f[4], &rr->pos))
		return false;
	rr->via = NULL;
	rr->next = NULL;
	*r->register_tail = rr;
	r->register_tail = &rr->next;
	/* Through a wrapper: the calls that hand it on, as "at" lines. */
	own(r, 0, OWN_CHAIN, rr, &rr->via);
	return true;
}

/* "pass FUNCTION static|global LOCATION API STATE" */
static bool parse_pass(struct reader *r, char **f, int n)
{
	struct pass_record *pr = arena_alloc(sizeof(*pr));

	memset(pr, 0, sizeof(*pr));
	pr->fn = text(f[1]);
	pr->fn_static = !strcmp(f[2], "static");
	pr->api = text(f[4]);
	if (!parse_loc(r, f[3], &pr->pos) || !parse_state(r, f + 5, NR_DIMS, &pr->at))
		return false;
	*r->pass_tail = pr;
	r->pass_tail = &pr->next;
	own(r, 0, OWN_STATE, &pr->at, NULL);
	return true;
}

static bool parse_warn(struct reader *r, char **f, int n)
{
	struct warn_record *w;
	struct diag *d;
	int cat = diag_category_parse(f[1]);

	if (cat < 0)
		return fail(r, "bad warn");
	w = arena_alloc(sizeof(*w));
	d = arena_alloc(sizeof(*d));
	memset(d, 0, sizeof(*d));
	d->cat = cat;
	d->carried = true;
	d->func = strcmp(f[2], "-") ? text(f[2]) : NULL;
	d->msg = text(f[4]);
	if (!parse_loc(r, f[3], &d->pos))
		return false;
	w->d = d;
	w->next = NULL;
	*r->warn_tail = w;
	r->warn_tail = &w->next;
	own(r, 0, OWN_WARN, d, NULL);
	return true;
}

static bool parse_end(struct reader *r, char **f, int n)
{
	if (!r->u->unit)
		return fail(r, "no 'unit' line");
	r->ended = true;
	return true;
}

/* The records of Documentation/summary-format.rst that start a line. */
static const struct top_record {
	const char *name;
	int min_fields, max_fields;	/* the name included */
	int linkage;			/* the "static|global" field, or 0 */
	bool rest;			/* the last field keeps its spaces */
	/* Called with the fields counted and the linkage checked. */
	bool (*parse)(struct reader *r, char **f, int n);
	const char *bad;		/* the error for a wrong field */
} top_records[] = {
	{ "unit",	2, 2, 0, false, parse_unit,	"unknown record 'unit'" },
	{ "fn",		4, 5, 2, false, parse_fn,	"bad fn" },
	{ "field",	6, 6, 4, false, parse_field,	"bad field" },
	{ "bits",	4, 6, 0, false, parse_bits,	"bad bits" },
	{ "register",	6, 7, 2, false, parse_register,	"bad register" },
	{ "pass",	5 + NR_DIMS, 5 + NR_DIMS, 2, false, parse_pass, "bad pass" },
	{ "warn",	5, 5, 0, true,  parse_warn,	"bad warn" },
	{ "end",	1, 1, 0, false, parse_end,	"unknown record 'end'" },
	{ }
};

/* Splits a top-level line: a record whose last field is text stops there. */
static int split_top(char *line, char **f)
{
	const struct top_record *t;

	for (t = top_records; t->name; t++) {
		size_t len = strlen(t->name);

		if (t->rest && !strncmp(line, t->name, len) && line[len] == ' ')
			return split(line, f, t->max_fields);
	}
	return split(line, f, MAX_FIELDS);
}

static bool parse_top(struct reader *r, char *line)
{
	const struct top_record *t;
	char *f[MAX_FIELDS];
	int n = split_top(line, f);

	if (!n)
		return fail(r, "empty line");
	finish_fn(r);
	for (t = top_records; t->name; t++) {
		if (strcmp(f[0], t->name))
			continue;
		if (n < t->min_fields || n > t->max_fields ||
		    (t->linkage && strcmp(f[t->linkage], "static") &&
		     strcmp(f[t->linkage], "global")))
			return fail(r, "%s", t->bad);
		return t->parse(r, f, n);
	}
	return fail(r, "unknown record '%s'", f[0]);
}

static bool parse_nested(struct reader *r, int depth, char *line)
{
	struct owner *o;
	char *f[MAX_FIELDS];
	int n;

	/* Checked before indexing: any number of tabs may come in. */
	if (depth >= MAX_DEPTH)
		return fail(r, "line nested under nothing");
	o = &r->own[depth - 1];
	if (o->kind == OWN_NONE)
		return fail(r, "line nested under nothing");
	if (depth == 1)
		finish_point(r);
	if (!strncmp(line, "at ", 3))
		return parse_at(r, depth, line + 3);
	n = split(line, f, MAX_FIELDS);
	if (!n)
		return fail(r, "empty line");
	if (!strcmp(f[0], "origin"))
		return parse_origin(r, depth, f, n);
	switch (o->kind) {
	case OWN_FN:
		return parse_fn_line(r, o->obj, f, n);
	case OWN_POINT: {
		struct point *pt = o->obj;

		if (!strcmp(f[0], "expect") && pt->kind == POINT_CHECK)
			return parse_expect(r, depth, &r->pt_expect, f, n);
		if (!strcmp(f[0], "dropped") && n == 1 && pt->last_ref && !pt->dropped) {
			own(r, depth, OWN_CHAIN, pt, &pt->dropped);
			return true;
		}
		if (!strcmp(f[0], "case")) {
			if (pt->n == MAX_PENDING_CASES)
				return fail(r, "more than %d cases", MAX_PENDING_CASES);
			if (!parse_term_case(r, f + 1, n - 1, &r->pt_cases[pt->n]))
				return false;
			own(r, depth, OWN_CASE, &r->pt_cases[pt->n++].s, NULL);
			return true;
		}
		break;
	}
	case OWN_WARN:
		if (!strcmp(f[0], "chain") && n == 1) {
			struct diag *d = o->obj;
			int c;

			for (c = 0; c < MAX_CHAINS && d->chains[c]; c++)
				;
			if (c == MAX_CHAINS)
				return fail(r, "more than %d chains", MAX_CHAINS);
			/* Filled through the tail; the first step lands in chains[c]. */
			own(r, depth, OWN_CHAIN, d, &d->chains[c]);
			return true;
		}
		break;
	default:
		break;
	}
	return fail(r, "unexpected '%s'", f[0]);
}

static bool parse_header(struct reader *r, char *line)
{
	char *f[3];
	long version;
	int n = split(line, f, 3);

	if (n != 2 || (strcmp(f[0], SUMMARY_MAGIC) && strcmp(f[0], DATABASE_MAGIC)))
		return fail(r, "not a klint summary file");
	r->u->database = !strcmp(f[0], DATABASE_MAGIC);
	if (!parse_long(r, f[1], 0, 1L << 20, &version))
		return false;
	if (version != SUMMARY_VERSION)
		return fail(r, "format version %ld, this klint reads version %d",
			    version, SUMMARY_VERSION);
	return true;
}

static bool is_also(const struct step *s)
{
	for (; s; s = s->next)
		if (strcmp(s->text, DIAG_ALSO))
			return false;
	return true;
}

/*
 * A warning's last chain whose notes all read DIAG_ALSO is the other
 * sites of a merged warning (record-write.c): not part of its key.
 */
static void split_also(struct unit_record *u)
{
	struct warn_record *w;
	int c;

	for (w = u->warns; w; w = w->next) {
		struct diag *d = (struct diag *)w->d;

		for (c = 0; c < MAX_CHAINS && d->chains[c]; c++)
			;
		if (c > 1 && is_also(d->chains[c - 1])) {
			d->also = d->chains[c - 1];
			d->chains[c - 1] = NULL;
		}
	}
}

static bool parse_line(struct reader *r, char *line)
{
	int depth = 0;

	if (r->ended)
		return fail(r, "text after 'end'");
	if (r->line == 1)
		return parse_header(r, line);
	while (line[depth] == '\t')
		depth++;
	if (!depth)
		return parse_top(r, line);
	if (!r->u->unit)
		return fail(r, "no 'unit' line");
	return parse_nested(r, depth, line + depth);
}

struct unit_record *record_parse(const char *name, const char *buf, size_t len)
{
	struct reader r = { .name = name };
	const char *p = buf, *end = buf + len;
	/* Each line is cut up in here: what is kept is copied out of it. */
	char *line = NULL;
	int max_line = 0;

	r.u = arena_alloc(sizeof(*r.u));
	memset(r.u, 0, sizeof(*r.u));
	r.u->path = name;
	r.fn_tail = &r.u->fns;
	r.field_tail = &r.u->fields;
	r.bits_tail = &r.u->bits;
	r.register_tail = &r.u->registers;
	r.pass_tail = &r.u->passes;
	r.warn_tail = &r.u->warns;
	while (p < end) {
		const char *nl = memchr(p, '\n', end - p);

		r.line++;
		if (!nl) {
			fail(&r, "truncated: the last line has no end");
			break;
		}
		if (memchr(p, 0, nl - p)) {
			fail(&r, "a NUL byte: not a text file");
			break;
		}
		if (nl - p >= INT_MAX) {
			fail(&r, "a line too long");
			break;
		}
		ks_grow(&line, &max_line, nl - p, 1);
		memcpy(line, p, nl - p);
		line[nl - p] = 0;
		p = nl + 1;
		if (!parse_line(&r, line))
			break;
	}
	free(line);
	if (!r.err[0] && !r.ended) {
		r.line = r.line ? r.line : 1;
		fail(&r, r.line > 1 ? "truncated: no 'end' line" : "empty file");
	}
	if (r.err[0]) {
		fprintf(stderr, "%s:%d: error: %s\n", name, r.line, r.err);
		return NULL;
	}
	split_also(r.u);
	return r.u;
}

struct unit_record *record_read(const char *path)
{
	struct unit_record *u;
	FILE *in = fopen(path, "r");
	char *buf = NULL, *more;
	size_t len = 0, cap = 0, n;

	if (!in) {
		error_print("cannot read %s: %s", path, strerror(errno));
		return NULL;
	}
	do {
		if (len == cap) {
			/*
			 * Not ks_grow(), which exits: a file too big to hold
			 * is one input skipped, not the end of the run.  It
			 * also counts in int, a file's size in size_t.
			 */
			cap = cap ? 2 * cap : 65536;
			more = realloc(buf, cap);
			if (!more) {
				error_print("out of memory reading %s", path);
				fclose(in);
				free(buf);
				return NULL;
			}
			buf = more;
		}
		n = fread(buf + len, 1, cap - len, in);
		len += n;
	} while (n);
	if (ferror(in)) {
		error_print("cannot read %s: %s", path, strerror(errno));
		fclose(in);
		free(buf);
		return NULL;
	}
	fclose(in);
	u = record_parse(path, buf, len);
	free(buf);
	return u;
}
