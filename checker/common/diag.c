// SPDX-License-Identifier: GPL-2.0
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "step.h"
#include "diag.h"
#include "sarif.h"

/* "Maybe" reports are mostly paths the analysis could not tell apart. */
static bool category_enabled[NR_CATEGORIES] = {
	[CAT_ATOMIC_SLEEP] = true,
	[CAT_MAYBE_ATOMIC] = false,
	[CAT_UNBALANCED] = true,
	[CAT_ANNOTATION] = true,
	[CAT_LAST_REF] = true,
};

static const char *const category_names[NR_CATEGORIES] = {
	[CAT_ATOMIC_SLEEP] = "atomic-sleep",
	[CAT_MAYBE_ATOMIC] = "maybe-atomic-sleep",
	[CAT_UNBALANCED] = "unbalanced-return",
	[CAT_ANNOTATION] = "annotation-mismatch",
	[CAT_LAST_REF] = "last-reference-sleep",
};

static struct diag **pending;
static int nr_pending, max_pending;

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

void diag_function(const char *name)
{
	current_function = name;
}

void diag_filter(bool (*keep)(const struct diag *d))
{
	keep_diag = keep;
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

static void sort_pending(void)
{
	if (nr_pending)
		qsort(pending, nr_pending, sizeof(*pending), diag_cmp);
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
		print_pos(d->pos);
		fprintf(stderr, "warning: %s [-W%s]\n", d->msg,
			category_names[d->cat]);
		for (c = 0; c < MAX_CHAINS; c++) {
			const struct step *s;

			for (s = d->chains[c]; s; s = s->next) {
				print_pos(s->pos);
				fprintf(stderr, "note: %s\n", s->text);
			}
		}
		sarif_add(d, category_names[d->cat]);
		printed++;
	}
	nr_pending = 0;
	return printed;
}
