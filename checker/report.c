// SPDX-License-Identifier: GPL-2.0
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "chain.h"
#include "report.h"

/* "Maybe" reports are mostly paths the analysis could not tell apart. */
bool category_enabled[NR_CATEGORIES] = {
	[CAT_ATOMIC_SLEEP] = true,
	[CAT_MAYBE_ATOMIC] = false,
	[CAT_UNBALANCED] = true,
	[CAT_ANNOTATION] = true,
};

static const char *const category_names[NR_CATEGORIES] = {
	[CAT_ATOMIC_SLEEP] = "atomic-sleep",
	[CAT_MAYBE_ATOMIC] = "maybe-atomic-sleep",
	[CAT_UNBALANCED] = "unbalanced-return",
	[CAT_ANNOTATION] = "annotation-mismatch",
};

static struct diag **pending;
static int nr_pending, max_pending;

bool category_switch(const char *name, bool on)
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

struct diag *diag_new(enum category cat, struct loc pos, const char *fmt, ...)
{
	struct diag *d = arena_alloc(sizeof(*d));
	va_list ap;

	va_start(ap, fmt);
	d->msg = arena_vprintf(fmt, ap);
	va_end(ap);
	d->cat = cat;
	d->pos = pos;
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
	if (nr_pending == max_pending) {
		max_pending = max_pending ? 2 * max_pending : 64;
		pending = realloc(pending, max_pending * sizeof(*pending));
		if (!pending) {
			fprintf(stderr, "klint-sparse: out of memory\n");
			exit(2);
		}
	}
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

int diags_flush(void)
{
	int i, c, printed = 0;

	if (nr_pending)
		qsort(pending, nr_pending, sizeof(*pending), diag_cmp);
	for (i = 0; i < nr_pending; i++) {
		struct diag *d = pending[i];

		if (i && !diag_cmp(&pending[i - 1], &pending[i]))
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
		printed++;
	}
	nr_pending = 0;
	return printed;
}
