// SPDX-License-Identifier: GPL-2.0
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "diag-merge.h"
#include "step.h"

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

int diag_merge(struct diag **v, int n)
{
	struct entry *e;

	if (n < 2)
		return n;
	e = arena_alloc(n * sizeof(*e));
	n = merge_sites(v, n, e);
	return merge_chains(v, n, e);
}
