// SPDX-License-Identifier: GPL-2.0
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "error.h"
#include "summary.h"
#include "table.h"

struct tables tables;

#define HASH_SIZE	4096	/* power of two, several times the rows */

static struct effect *rows[HASH_SIZE];
static int nr_rows;
/* Rows whose name is a shell pattern, tried after the exact names. */
static struct effect **patterns;
static int nr_patterns, max_patterns;

struct named {
	const char *name;
	unsigned long value;
	enum what what;
	const char *where;	/* @entry-field: its FILE:LINE, for notes */
	struct named *next;
};

static struct named *gfp_names, *context_kinds, *entry_fields;

struct parse {
	const char *file;
	int line;
};

/* "STRUCT.FIELD", for the whole run. */
static const char *field_key(const char *type, const char *member)
{
	char *s = ks_malloc(strlen(type) + strlen(member) + 2);

	sprintf(s, "%s.%s", type, member);
	return s;
}

/* "entry.tbl:42": where a directive is, as a note names it, for the run. */
static const char *row_where(const struct parse *p)
{
	const char *base = strrchr(p->file, '/');
	char *s;

	base = base ? base + 1 : p->file;
	s = ks_malloc(strlen(base) + 16);
	sprintf(s, "%s:%d", base, p->line);
	return s;
}

int table_entry_field(const char *type, const char *member, const char **where)
{
	struct named *n;
	size_t len = strlen(type);

	for (n = entry_fields; n; n = n->next) {
		if (!strncmp(n->name, type, len) && n->name[len] == '.' &&
		    !strcmp(n->name + len + 1, member)) {
			if (where)
				*where = n->where;
			return (int)(long)n->value;
		}
	}
	return -1;
}

static unsigned int hash(const char *s, int len)
{
	unsigned int h = 2166136261u;

	while (len--)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static const struct effect *pattern_lookup(const char *name, int len)
{
	char buf[256];
	int i;

	if (!nr_patterns || len >= (int)sizeof(buf))
		return NULL;
	memcpy(buf, name, len);
	buf[len] = 0;
	for (i = 0; i < nr_patterns; i++)
		if (!fnmatch(patterns[i]->name, buf, 0))
			return patterns[i];
	return NULL;
}

const struct effect *table_lookup(const char *name, int len)
{
	unsigned int i = hash(name, len) & (HASH_SIZE - 1);

	for (; rows[i]; i = (i + 1) & (HASH_SIZE - 1)) {
		if (!strncmp(rows[i]->name, name, len) && !rows[i]->name[len])
			return rows[i];
	}
	return pattern_lookup(name, len);
}

static int insert(struct effect *e)
{
	if (strchr(e->name, '*')) {
		ks_grow(&patterns, &max_patterns, nr_patterns, sizeof(*patterns));
		patterns[nr_patterns++] = e;
		return 0;
	}
	int len = strlen(e->name);
	unsigned int i = hash(e->name, len) & (HASH_SIZE - 1);

	if (nr_rows >= HASH_SIZE / 2)
		return -1;
	for (; rows[i]; i = (i + 1) & (HASH_SIZE - 1)) {
		if (!strcmp(rows[i]->name, e->name))
			return -2;
	}
	rows[i] = e;
	nr_rows++;
	return 0;
}

static int parse_error(struct parse *p, const char *fmt, const char *arg)
{
	fprintf(stderr, "%s:%d: error: ", p->file, p->line);
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	return -1;
}

static int parse_count(const char *s, int *out)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (end == s || *end || v <= 0 || v > 0xffff)
		return -1;
	*out = v;
	return 0;
}

/* "preempt+1", "irq-1", "preempt+=arg1", "irq=0" */
static int parse_adjust(struct parse *p, struct effect *e, char *tok)
{
	int d, sign, n;

	for (d = 0; d < NR_DIMS; d++) {
		size_t len = strlen(dim_names[d]);

		if (strncmp(tok, dim_names[d], len))
			continue;
		if (tok[len] == '=' && (KSTATE_ABS_DIMS & (1U << d))) {
			if (strcmp(tok + len + 1, "0") && strcmp(tok + len + 1, "1"))
				return parse_error(p, "bad value in '%s'", tok);
			e->adj[d] = tok[len + 1] - '0';
			e->abs |= 1U << d;
			return 0;
		}
		if (tok[len] != '+' && tok[len] != '-')
			continue;
		if (e->abs & (1U << d))
			return parse_error(p, "'%s' after a set", tok);
		sign = tok[len] == '+' ? 1 : -1;
		if (!strncmp(tok + len + 1, "=arg", 4)) {
			if (d != DIM_PREEMPT ||
			    parse_count(tok + len + 5, &e->adj_arg))
				return parse_error(p, "bad argument in '%s'", tok);
			e->adj_arg_sign = sign;
			return 0;
		}
		if (parse_count(tok + len + 1, &n))
			return parse_error(p, "bad count in '%s'", tok);
		e->adj[d] += sign * n;
		return 0;
	}
	return 1;
}

static bool is_identifier_char(char c, bool first)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (!first && c >= '0' && c <= '9');
}

static bool is_identifier(const char *s)
{
	if (!is_identifier_char(*s, true))
		return false;
	for (; *s; s++)
		if (!is_identifier_char(*s, false))
			return false;
	return true;
}

/* An identifier, or one with '*' standing for any run of characters. */
static bool is_name_pattern(const char *s)
{
	if (!is_identifier_char(*s, true) && *s != '*')
		return false;
	for (; *s; s++)
		if (*s != '*' && !is_identifier_char(*s, false))
			return false;
	return true;
}

static int parse_arg_bits(struct parse *p, struct effect *e, char *tok)
{
	char *end;

	e->arg_bits_arg = strtol(tok + 8, &end, 10);
	if (e->arg_bits_arg <= 0 || *end != ':')
		return parse_error(p, "bad argument in '%s'", tok);
	e->arg_bits = strtoull(end + 1, &end, 0);
	if (*end || !e->arg_bits)
		return parse_error(p, "bad mask in '%s'", tok);
	return 0;
}

/*
 * "calls=K:CONTEXT": the API calls its argument K before it returns, in
 * CONTEXT on top of its caller's state.  Its origin has no chain: the
 * note that passes the function names the row.
 */
static int parse_calls(struct parse *p, struct effect *e, char *tok)
{
	char *colon = strchr(tok, ':');
	struct param_calls *calls;
	struct param_call *pc;
	int k, ctx, d;

	if (!colon)
		return parse_error(p, "'%s' needs a context", tok);
	*colon = 0;
	if (parse_count(tok + 6, &k) || k < 1 || k > MAX_CB_PARAMS)
		return parse_error(p, "bad argument number in '%s'", tok);
	ctx = entry_context_parse(colon + 1);
	if (ctx < 0)
		return parse_error(p, "unknown entry context '%s'", colon + 1);
	/* Tables outlive the arena, which is freed after each file. */
	calls = (struct param_calls *)e->calls;
	if (!calls)
		calls = ks_calloc(1, sizeof(*calls));
	calls->params |= 1U << (k - 1);
	pc = &calls->p[k - 1];
	entry_context_state(ctx, &pc->at);
	for (d = 0; d < NR_DIMS; d++)
		if (entry_context(ctx)->dims & (1U << d))
			pc->at.origin[d].what = entry_context(ctx)->what[d];
	e->calls = calls;
	return 0;
}

/*
 * "registers=K:CONTEXT": argument K is a function the kernel calls there;
 * "registers=K.FIELD:CONTEXT": argument K points to a struct whose FIELD
 * is that function.  A row may register MAX_REGS arguments.
 */
static int parse_registers(struct parse *p, struct effect *e, char *tok)
{
	char *colon = strchr(tok, ':'), *dot;
	struct reg *r;
	int i;

	for (i = 0; i < MAX_REGS && e->reg[i].arg; i++)
		;
	if (i == MAX_REGS)
		return parse_error(p, "too many registers= in '%s'", tok);
	r = &e->reg[i];
	if (!colon)
		return parse_error(p, "'%s' needs a context", tok);
	*colon = 0;
	dot = strchr(tok, '.');
	if (dot) {
		*dot = 0;
		if (!is_identifier(dot + 1))
			return parse_error(p, "bad field in '%s'", dot + 1);
		r->field = ks_strdup(dot + 1);
	}
	if (parse_count(tok + 10, &r->arg))
		return parse_error(p, "bad argument number in '%s'", tok);
	r->ctx = entry_context_parse(colon + 1);
	if (r->ctx < 0)
		return parse_error(p, "unknown entry context '%s'", colon + 1);
	return 0;
}

/*
 * "drops-lock[=irq|bh|irq,bh]": the sleep comes after dropping the one
 * lock the caller holds, with the interrupts or bottom halves it disabled.
 */
static int parse_drops(struct parse *p, struct effect *e, char *tok)
{
	char *kind, *save;

	e->drops[DIM_PREEMPT] = 1;
	if (!tok[10])
		return 0;
	if (tok[10] != '=')
		return parse_error(p, "unknown effect '%s'", tok);
	for (kind = strtok_r(tok + 11, ",", &save); kind; kind = strtok_r(NULL, ",", &save)) {
		if (!strcmp(kind, "irq"))
			e->drops[DIM_IRQ] = 1;
		else if (!strcmp(kind, "bh"))
			e->drops[DIM_SOFTIRQ] = 1;
		else
			return parse_error(p, "'%s' is not irq or bh in drops-lock", kind);
	}
	return 0;
}

static int parse_effect(struct parse *p, struct effect *e, char *tok)
{
	int r = parse_adjust(p, e, tok);

	if (r <= 0)
		return r;
	if (!strcmp(tok, "sleep"))
		e->sleep = true;
	else if (!strcmp(tok, "fault"))
		e->fault = true;
	else if (!strcmp(tok, "sleep-unless-interrupt"))
		e->task_sleep = true;
	else if (!strncmp(tok, "drops-lock", 10))
		return parse_drops(p, e, tok);
	else if (!strcmp(tok, "nosleep"))
		e->nosleep = true;
	else if (!strcmp(tok, "opaque"))
		e->opaque = true;
	else if (!strcmp(tok, "if-ret"))
		e->if_ret = true;
	else if (!strcmp(tok, "if-zero"))
		e->if_ret = e->if_zero = true;
	else if (!strcmp(tok, "last-ref"))
		e->last_ref = true;
	else if (!strncmp(tok, "arg-bit=", 8))
		return parse_arg_bits(p, e, tok);
	else if (!strcmp(tok, "rt=sleep"))
		e->rt = RT_SLEEP;
	else if (!strcmp(tok, "rt=none"))
		e->rt = RT_NONE;
	else if (!strncmp(tok, "gfp=", 4)) {
		if (parse_count(tok + 4, &e->gfp_arg))
			return parse_error(p, "bad argument number in '%s'", tok);
	} else if (!strncmp(tok, "registers=", 10)) {
		return parse_registers(p, e, tok);
	} else if (!strncmp(tok, "calls=", 6)) {
		return parse_calls(p, e, tok);
	} else if (!strncmp(tok, "rt-lock=", 8)) {
		char *colon = strchr(tok, ':'), *as = colon ? strchr(colon + 1, ':') : NULL;

		if (as)
			*as++ = 0;
		if (!colon || !is_identifier(colon + 1) || (as && !is_identifier(as)))
			return parse_error(p, "'%s' takes ARGUMENT:TYPE[:NAME]", tok);
		*colon = 0;
		if (parse_count(tok + 8, &e->rt_lock_arg))
			return parse_error(p, "bad argument number in '%s'", tok);
		e->rt_lock_type = ks_strdup(colon + 1);
		e->rt_display = as ? ks_strdup(as) : NULL;
	} else if (!strncmp(tok, "queues=", 7)) {
		char *colon = strchr(tok, ':');

		if (!colon)
			return parse_error(p, "'%s' takes WORK:WORKQUEUE", tok);
		*colon = 0;
		if (parse_count(tok + 7, &e->queue_work_arg) ||
		    parse_count(colon + 1, &e->queue_wq_arg))
			return parse_error(p, "bad argument number in '%s'", tok);
	} else if (!strncmp(tok, "sleep-if-null=", 14)) {
		if (parse_count(tok + 14, &e->null_arg))
			return parse_error(p, "bad argument number in '%s'", tok);
	} else if (!strncmp(tok, "as=", 3)) {
		if (!is_identifier(tok + 3))
			return parse_error(p, "'%s' does not name a function", tok);
		e->display = ks_strdup(tok + 3);
	} else if (!strncmp(tok, "what=", 5)) {
		if (what_parse(tok + 5, &e->what))
			return parse_error(p, "unknown kind of context in '%s'", tok);
	} else {
		return parse_error(p, "unknown effect '%s'", tok);
	}
	return 0;
}

static int parse_row(struct parse *p, char *name, char *rest)
{
	struct effect *e = ks_calloc(1, sizeof(*e));
	char *tok, *save;
	int r, d;

	if (!is_name_pattern(name))
		return parse_error(p, "'%s' is not a function name", name);
	e->name = ks_strdup(name);
	e->display = e->name;
	e->file = p->file;
	e->line = p->line;
	e->calls_only = true;
	for (tok = strtok_r(rest, " \t", &save); tok;
	     tok = strtok_r(NULL, " \t", &save)) {
		if (strncmp(tok, "calls=", 6))
			e->calls_only = false;
		if (parse_effect(p, e, tok))
			return -1;
	}
	e->calls_only &= e->calls != NULL;
	if ((e->sleep || e->fault || e->task_sleep || e->null_arg) && e->nosleep)
		return parse_error(p, "'%s' cannot both sleep and not sleep", name);
	if (e->drops[DIM_PREEMPT] && !e->sleep && !e->gfp_arg)
		return parse_error(p, "'%s': drops-lock needs sleep or gfp=K", name);
	if (!e->what) {
		for (d = 0; d < NR_DIMS && !e->what; d++)
			if (e->adj[d] > 0)
				e->what = what_default(d);
		if (!e->what && e->adj_arg_sign > 0)
			e->what = WHAT_PREEMPT;
	}
	r = insert(e);
	if (r == -2)
		return parse_error(p, "'%s' has a row already", name);
	if (r)
		return parse_error(p, "too many rows at '%s'", name);
	return 0;
}

/* "6.12" as 0x60c, as the kernel's KERNEL_VERSION(6, 12, 0) >> 8; -1 if bad. */
static int parse_version(const char *s)
{
	char *end;
	unsigned long major, minor;

	major = strtoul(s, &end, 10);
	if (end == s || *end != '.' || major > 255)
		return -1;
	s = end + 1;
	minor = strtoul(s, &end, 10);
	if (end == s || *end || minor > 255)
		return -1;
	return (int)(major << 8 | minor);
}

/*
 * A directive may end in since=X.Y or before=X.Y: the kernel changed the
 * value it states (GFP_ATOMIC lost __GFP_ATOMIC's bit), so it holds for
 * the versions from X.Y on, or for those before.  Cuts the condition off
 * @rest; false when the checked kernel is not one of those versions.
 */
static int version_condition(struct parse *p, char *rest, bool *holds)
{
	char *last, *end = rest + strlen(rest);
	int v;

	*holds = true;
	while (end > rest && (end[-1] == ' ' || end[-1] == '\t'))
		*--end = 0;
	last = end;
	while (last > rest && last[-1] != ' ' && last[-1] != '\t')
		last--;
	if (strncmp(last, "since=", 6) && strncmp(last, "before=", 7))
		return 0;
	v = parse_version(strchr(last, '=') + 1);
	if (v < 0)
		return parse_error(p, "bad kernel version in '%s'", last);
	*holds = *last == 's' ? tables.kernel_version >= v : tables.kernel_version < v;
	*last = 0;
	return 0;
}

static int parse_directive(struct parse *p, char *dir, char *rest)
{
	char *a, *b;
	struct named *n;
	char *end;
	bool holds;

	if (version_condition(p, rest, &holds))
		return -1;
	if (!holds)
		return 0;
	a = strtok(rest, " \t");
	b = strtok(NULL, " \t");

	if (!strcmp(dir, "@preempt-count-variable") && a && !b) {
		if (!is_identifier(a))
			return parse_error(p, "'%s' is not a variable name", a);
		tables.count_variable = ks_strdup(a);
		return 0;
	}
	if (!strcmp(dir, "@percpu-offset-variable") && a && !b) {
		if (!is_identifier(a))
			return parse_error(p, "'%s' is not a variable name", a);
		if (tables.nr_percpu_offsets == MAX_PERCPU_OFFSETS)
			return parse_error(p, "too many per-CPU offset variables at '%s'", a);
		tables.percpu_offsets[tables.nr_percpu_offsets++] = ks_strdup(a);
		return 0;
	}
	if (!strcmp(dir, "@irq-flags-reader") && a && b) {
		char *c = strtok(NULL, " \t");

		if (c || !is_identifier(a))
			return parse_error(p, "'%s' takes FUNCTION MASK", dir);
		tables.flags_irq_on = strtoull(b, &end, 0);
		if (*end || !tables.flags_irq_on)
			return parse_error(p, "bad mask '%s'", b);
		tables.flags_reader = ks_strdup(a);
		return 0;
	}
	if (!strcmp(dir, "@bh-workqueue") && a && !b) {
		if (!is_identifier(a))
			return parse_error(p, "'%s' is not a variable name", a);
		if (tables.nr_bh_workqueues == MAX_BH_WORKQUEUES)
			return parse_error(p, "too many BH workqueues at '%s'", a);
		tables.bh_workqueues[tables.nr_bh_workqueues++] = ks_strdup(a);
		return 0;
	}
	if (!strcmp(dir, "@work-function") && a && b) {
		if (strtok(NULL, " \t") || !is_identifier(a) || !is_identifier(b))
			return parse_error(p, "'%s' takes STRUCT FIELD", dir);
		tables.work_struct = ks_strdup(a);
		tables.work_func = ks_strdup(b);
		return 0;
	}
	if (!strcmp(dir, "@bh-workqueue-alloc") && a && b) {
		char *c = strtok(NULL, " \t");

		if (!c || strtok(NULL, " \t") || !is_identifier(a) ||
		    parse_count(b, &tables.bh_alloc_arg))
			return parse_error(p, "'%s' takes FUNCTION ARGUMENT MASK", dir);
		tables.bh_alloc_mask = strtoull(c, &end, 0);
		if (*end || !tables.bh_alloc_mask)
			return parse_error(p, "bad mask '%s'", c);
		tables.bh_alloc = ks_strdup(a);
		return 0;
	}
	if (!strcmp(dir, "@gfp-direct-reclaim") && a && !b) {
		tables.gfp_direct_reclaim = strtoul(a, &end, 0);
		if (*end || !tables.gfp_direct_reclaim)
			return parse_error(p, "bad gfp bit '%s'", a);
		return 0;
	}
	if (!strcmp(dir, "@entry-field")) {
		char *c = strtok(NULL, " \t");

		if (!a || !b || !c || strtok(NULL, " \t") || !is_identifier(a) ||
		    !is_identifier(b))
			return parse_error(p, "'%s' takes STRUCT FIELD CONTEXT", dir);
		n = ks_calloc(1, sizeof(*n));
		if (entry_context_parse(c) < 0)
			return parse_error(p, "unknown entry context '%s'", c);
		n->value = entry_context_parse(c);
		n->name = field_key(a, b);
		n->where = row_where(p);
		n->next = entry_fields;
		entry_fields = n;
		return 0;
	}
	if (!a || !b || strtok(NULL, " \t"))
		return parse_error(p, "'%s' takes two arguments", dir);
	n = ks_calloc(1, sizeof(*n));
	if (!strcmp(dir, "@gfp-name")) {
		n->value = strtoul(a, &end, 0);
		if (*end)
			return parse_error(p, "bad gfp mask '%s'", a);
		n->name = ks_strdup(b);
		n->next = gfp_names;
		gfp_names = n;
		return 0;
	}
	if (!strcmp(dir, "@atomic-context")) {
		if (what_parse(b, &n->what))
			return parse_error(p, "unknown kind of context '%s'", b);
		n->name = ks_strdup(a);
		n->next = context_kinds;
		context_kinds = n;
		return 0;
	}
	return parse_error(p, "unknown directive '%s'", dir);
}

int table_load_file(const char *path)
{
	struct parse p = { .file = ks_strdup(path) };
	char buf[1024];
	FILE *f = fopen(path, "r");
	int ret = 0;

	if (!f) {
		error_print("cannot read %s: %s", path, strerror(errno));
		return -1;
	}
	while (fgets(buf, sizeof(buf), f)) {
		char *hash_mark = strchr(buf, '#'), *first, *rest;
		size_t len = strlen(buf);

		p.line++;
		if (len == sizeof(buf) - 1 && buf[len - 1] != '\n') {
			ret = parse_error(&p, "line too long%s", "");
			break;
		}
		if (hash_mark)
			*hash_mark = 0;
		first = buf + strspn(buf, " \t\r\n");
		if (!*first)
			continue;
		rest = first + strcspn(first, " \t\r\n");
		if (*rest)
			*rest++ = 0;
		rest[strcspn(rest, "\r\n")] = 0;
		if (*first == '@')
			ret = parse_directive(&p, first, rest);
		else
			ret = parse_row(&p, first, rest);
		if (ret)
			break;
	}
	fclose(f);
	return ret;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static int is_table(const struct dirent *d)
{
	size_t len = strlen(d->d_name);

	return len > 4 && !strcmp(d->d_name + len - 4, ".tbl");
}

void table_load_dir(const char *dir)
{
	struct dirent **list;
	int n, i, failed = 0;

	n = scandir(dir, &list, is_table, by_name);
	if (n < 0)
		error_fatal("cannot read annotations in %s: %s", dir, strerror(errno));
	for (i = 0; i < n; i++) {
		char *path = ks_malloc(strlen(dir) + strlen(list[i]->d_name) + 2);

		sprintf(path, "%s/%s", dir, list[i]->d_name);
		if (!failed && table_load_file(path))
			failed = 1;
		free(path);
		free(list[i]);
	}
	free(list);
	if (failed)
		exit(2);
}

bool table_gfp_value(const char *name, unsigned long *mask)
{
	struct named *n;

	for (n = gfp_names; n; n = n->next) {
		if (!strcmp(n->name, name)) {
			*mask = n->value;
			return true;
		}
	}
	return false;
}

/* Names @mask as the fewest table names covering it, plus leftover bits. */
const char *table_gfp_describe(unsigned long mask)
{
	unsigned long left = mask;
	const char *out = NULL;
	struct named *n, *best;

	while (left) {
		best = NULL;
		for (n = gfp_names; n; n = n->next) {
			if (!n->value || (n->value & ~left))
				continue;
			if (!best || __builtin_popcountl(n->value) >
				     __builtin_popcountl(best->value))
				best = n;
		}
		if (!best)
			break;
		out = out ? arena_printf("%s|%s", out, best->name) : best->name;
		left &= ~best->value;
	}
	if (!out)
		return arena_printf("%#lx", mask);
	return left ? arena_printf("%s|%#lx", out, left) : out;
}

bool table_context_kind(const char *name, int len, enum what *what)
{
	struct named *n;

	for (n = context_kinds; n; n = n->next) {
		if (!strncmp(n->name, name, len) && !n->name[len]) {
			*what = n->what;
			return true;
		}
	}
	return false;
}

/* What row @e does on PREEMPT_RT. */
static void make_rt(struct effect *e)
{
	int d;

	for (d = 0; d < NR_DIMS; d++)
		e->adj[d] = 0;
	e->abs = 0;
	e->if_ret = e->if_zero = false;
	e->arg_bits = 0;
	e->sleep = e->rt == RT_SLEEP;
	e->nosleep = !e->sleep;
	/* spin_lock's body calls the raw lock, which stays atomic on RT */
	e->opaque = true;
}

void table_apply_rt(void)
{
	int i;

	for (i = 0; i < HASH_SIZE; i++) {
		struct effect *e = rows[i], *v;

		if (!e || e->rt == RT_SAME)
			continue;
		if (!e->rt_lock_arg) {
			make_rt(e);
			continue;
		}
		/* decided per call, by the lock's type */
		v = ks_malloc(sizeof(*v));
		*v = *e;
		v->rt_lock_arg = 0;
		if (e->rt_display)
			v->display = e->rt_display;
		make_rt(v);
		e->rt_variant = v;
	}
}
