// SPDX-License-Identifier: GPL-2.0
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "step.h"
#include "diag.h"

/* "Maybe" reports are mostly paths the analysis could not tell apart. */
static bool category_enabled[NR_CATEGORIES] = {
	[CAT_ATOMIC_SLEEP] = true,
	[CAT_MAYBE_ATOMIC] = false,
	[CAT_UNBALANCED] = false,
	[CAT_ANNOTATION] = true,
	[CAT_LAST_REF] = true,
	[CAT_TABLE_MISMATCH] = false,
};

static const char *const category_names[NR_CATEGORIES] = {
	[CAT_ATOMIC_SLEEP] = "atomic-sleep",
	[CAT_MAYBE_ATOMIC] = "maybe-atomic-sleep",
	[CAT_UNBALANCED] = "unbalanced-return",
	[CAT_ANNOTATION] = "annotation-mismatch",
	[CAT_LAST_REF] = "last-reference-sleep",
	[CAT_TABLE_MISMATCH] = "table-mismatch",
};

static struct diag **pending;
static int nr_pending, max_pending, nr_emitted;

bool diag_category_switch(const char *name, bool on)
{
	int i;

	for (i = 0; i < NR_CATEGORIES; i++) {
		if (!strcmp(name, category_names[i])) {
			category_enabled[i] = on;
			return true;
		}
	}
	return false;
}

static const char *current_function;

const char *diag_category_name(enum category cat)
{
	return category_names[cat];
}

int diag_category_parse(const char *name)
{
	int i;

	for (i = 0; i < NR_CATEGORIES; i++)
		if (!strcmp(name, category_names[i]))
			return i;
	return -1;
}

static bool (*keep_diag)(const struct diag *d);
static void (*diag_sink)(const struct diag *d, const char *category);

void diag_function(const char *name)
{
	current_function = name;
}

void diag_filter(bool (*keep)(const struct diag *d))
{
	keep_diag = keep;
}

void diag_set_sink(void (*sink)(const struct diag *d, const char *category))
{
	diag_sink = sink;
}

const char *diag_key(const struct diag *d)
{
	const struct step *s;
	const char *key;
	int c;

	key = arena_printf("%s|%s|%s", category_names[d->cat], d->func ? d->func : "-",
			   d->msg);
	for (c = 0; c < MAX_CHAINS; c++)
		for (s = d->chains[c]; s; s = s->next)
			key = arena_printf("%s|%s", key, s->text);
	return key;
}

const char *diag_current_function(void)
{
	return current_function;
}

struct diag *diag_new(enum category cat, struct loc pos, const char *fmt, ...)
{
	struct diag *d = arena_alloc(sizeof(*d));
	va_list ap;

	va_start(ap, fmt);
	d->msg = arena_vprintf(fmt, ap);
	va_end(ap);
	d->cat = cat;
	d->pos = pos;
	d->func = current_function;
	return d;
}

void diag_add_chain(struct diag *d, const struct step *chain)
{
	int i;

	for (i = 0; i < MAX_CHAINS; i++) {
		if (!d->chains[i]) {
			d->chains[i] = chain;
			return;
		}
	}
}

void diag_emit(struct diag *d)
{
	if (!category_enabled[d->cat])
		return;
	ks_grow(&pending, &max_pending, nr_pending, sizeof(*pending));
	d->seq = nr_emitted++;
	pending[nr_pending++] = d;
}

static int pos_cmp(struct loc a, struct loc b)
{
	int r = strcmp(a.file, b.file);

	if (r)
		return r;
	if (a.line != b.line)
		return a.line < b.line ? -1 : 1;
	if (a.col != b.col)
		return a.col < b.col ? -1 : 1;
	return 0;
}

static int diag_cmp(const void *pa, const void *pb)
{
	const struct diag *a = *(const struct diag **)pa;
	const struct diag *b = *(const struct diag **)pb;
	int r = pos_cmp(a->pos, b->pos);

	return r ? r : strcmp(a->msg, b->msg);
}

static void print_pos(struct loc pos)
{
	fprintf(stderr, "%s:%d:%d: ", pos.file, pos.line, pos.col);
}

/*
 * One report per bug.  A reader fixes a bug once, however many times the
 * analysis reached it: the sleeping calls a macro expands to at one line,
 * the functions a call through a struct field may reach, and the sites of
 * one function that call down the same chain under the same kind of atomic
 * context are each one warning.  diag_merge() merges the @n diagnostics of
 * @v, sorted by position, in place and returns how many are left, still in
 * order; merging what is left again changes nothing.
 */

/* Candidates named in a merged message before "and N more". */
#define MAX_NAMED_CANDIDATES	3
struct entry {
	struct diag *d;
	int at;			/* its index in the array being merged */
	const char *key;	/* diag_key(), for the chain pass */
};

static int str_cmp(const char *a, const char *b)
{
	if (!a || !b)
		return a ? 1 : b ? -1 : 0;
	return strcmp(a, b);
}

/* By site (file, line, function, kind), then in the order found. */
static int site_cmp(const void *pa, const void *pb)
{
	const struct diag *a = ((const struct entry *)pa)->d;
	const struct diag *b = ((const struct entry *)pb)->d;
	int r = strcmp(a->pos.file, b->pos.file);

	if (r)
		return r;
	if (a->pos.line != b->pos.line)
		return a->pos.line < b->pos.line ? -1 : 1;
	r = str_cmp(a->func, b->func);
	if (r)
		return r;
	if (a->cat != b->cat)
		return a->cat < b->cat ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static int key_cmp(const void *pa, const void *pb)
{
	const struct entry *a = pa, *b = pb;
	int r = strcmp(a->key, b->key);

	return r ? r : a->at - b->at;
}

static bool mergeable(const struct diag *d)
{
	return d->cat == CAT_ATOMIC_SLEEP || d->cat == CAT_MAYBE_ATOMIC;
}

/* Drops the NULLs of @v, keeping the order. */
static int compact(struct diag **v, int n)
{
	int i, m = 0;

	for (i = 0; i < n; i++)
		if (v[i])
			v[m++] = v[i];
	return m;
}

static int entries(struct diag **v, int n, struct entry *e, bool keys)
{
	int i, m = 0;

	for (i = 0; i < n; i++) {
		if (!mergeable(v[i]))
			continue;
		e[m].d = v[i];
		e[m].at = i;
		e[m].key = keys ? diag_key(v[i]) : NULL;
		m++;
	}
	return m;
}

/*
 * A call through a field may reach several functions that sleep: the
 * message names them, the notes follow the first.
 */
static void name_candidates(struct diag *kept, const struct entry *e, int nr)
{
	const char *list = "";
	int i, j, named = 0;

	for (i = 0; i < nr; i++) {
		const char *c = e[i].d->candidate;

		for (j = 0; c && j < i; j++)
			if (e[j].d->candidate && !strcmp(e[j].d->candidate, c))
				c = NULL;
		if (!c)
			continue;
		if (named < MAX_NAMED_CANDIDATES)
			list = arena_printf("%s%s%s()", list, named ? ", " : "", c);
		named++;
	}
	if (named < 2)
		return;
	if (named > MAX_NAMED_CANDIDATES)
		list = arena_printf("%s and %d more", list, named - MAX_NAMED_CANDIDATES);
	kept->msg = arena_printf("%s: %d functions that may sleep are stored there: %s",
				 kept->msg, named, list);
}

static bool same_site(const struct diag *a, const struct diag *b)
{
	return a->cat == b->cat && a->pos.line == b->pos.line &&
	       !strcmp(a->pos.file, b->pos.file) && !str_cmp(a->func, b->func);
}

/*
 * Sleeping calls at one line of one function, as a macro such as
 * readl_poll_timeout() makes: the first found stands.
 */
static int merge_sites(struct diag **v, int n, struct entry *e)
{
	int m = entries(v, n, e, false), i, j, k;

	qsort(e, m, sizeof(*e), site_cmp);
	for (i = 0; i < m; i = j) {
		for (j = i + 1; j < m && same_site(e[i].d, e[j].d); j++)
			;
		if (j - i < 2)
			continue;
		if (e[i].d->candidate)
			name_candidates(e[i].d, &e[i], j - i);
		for (k = i + 1; k < j; k++)
			v[e[k].at] = NULL;
	}
	return compact(v, n);
}

/*
 * The same chain, kind and message from several sites of one function:
 * one warning at the first, the others as notes.  The key is
 * diag_key()'s: it has no line numbers, so the atomic context's origin
 * counts by kind, not by where it was entered.
 */
static int merge_chains(struct diag **v, int n, struct entry *e)
{
	int m = entries(v, n, e, true), i, j, k, nr;
	struct loc *at;

	qsort(e, m, sizeof(*e), key_cmp);
	for (i = 0; i < m; i = j) {
		struct diag *kept = e[i].d;
		const struct step *s;

		for (j = i + 1; j < m && !strcmp(e[i].key, e[j].key); j++)
			;
		if (j - i < 2)
			continue;
		nr = 0;
		for (k = i; k < j; k++)
			for (s = e[k].d->also, nr++; s; s = s->next)
				nr++;
		at = arena_alloc(nr * sizeof(*at));
		nr = 0;
		for (s = kept->also; s; s = s->next)
			at[nr++] = s->pos;
		for (k = i + 1; k < j; k++) {
			at[nr++] = e[k].d->pos;
			for (s = e[k].d->also; s; s = s->next)
				at[nr++] = s->pos;
			v[e[k].at] = NULL;
		}
		for (s = NULL; nr--; )
			s = step_new(at[nr], s, DIAG_ALSO);
		kept->also = s;
	}
	return compact(v, n);
}

static int diag_merge(struct diag **v, int n)
{
	struct entry *e;

	if (n < 2)
		return n;
	e = arena_alloc(n * sizeof(*e));
	n = merge_sites(v, n, e);
	return merge_chains(v, n, e);
}

static void sort_pending(void)
{
	if (!nr_pending)
		return;
	qsort(pending, nr_pending, sizeof(*pending), diag_cmp);
	nr_pending = diag_merge(pending, nr_pending);
}

static void print_steps(const struct step *s)
{
	for (; s; s = s->next) {
		print_pos(s->pos);
		fprintf(stderr, "note: %s\n", s->text);
	}
}

void diag_for_each(void (*fn)(const struct diag *d, void *arg), void *arg)
{
	int i;

	sort_pending();
	for (i = 0; i < nr_pending; i++)
		if (!i || diag_cmp(&pending[i - 1], &pending[i]))
			fn(pending[i], arg);
}

int diag_flush(void)
{
	int i, c, printed = 0;

	sort_pending();
	for (i = 0; i < nr_pending; i++) {
		struct diag *d = pending[i];

		if (i && !diag_cmp(&pending[i - 1], &pending[i]))
			continue;
		if (keep_diag && !keep_diag(d))
			continue;
		for (c = 0; c < MAX_CHAINS; c++)
			d->chains[c] = step_fold_recursion(d->chains[c]);
		print_pos(d->pos);
		fprintf(stderr, "warning: %s [-W%s]\n", d->msg,
			category_names[d->cat]);
		for (c = 0; c < MAX_CHAINS; c++)
			print_steps(d->chains[c]);
		print_steps(d->also);
		if (diag_sink)
			diag_sink(d, category_names[d->cat]);
		printed++;
	}
	nr_pending = 0;
	return printed;
}
