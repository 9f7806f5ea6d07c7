// SPDX-License-Identifier: GPL-2.0
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "sparse-errors.h"
#include <sparse/lib.h>
#include <sparse/parse.h>
#include <sparse/symbol.h>
#include <sparse/token.h>

struct sparse_error {
	struct position pos;
	const char *msg;
};

static struct sparse_error *errors;
static int nr_errors, max_errors;

/*
 * A parse error means sparse dropped or mangled code (expect() in its
 * parse.c says "Expected ..." then "got ..."); a type error leaves the
 * IR klint-sparse reads as it was.
 */
static bool loses_code(const char *msg)
{
	return !strncmp(msg, "Expected ", 9) || !strncmp(msg, "expected ", 9);
}

static void take_error(struct position pos, const char *msg)
{
	if (!loses_code(msg))
		return;
	ks_grow(&errors, &max_errors, nr_errors, sizeof(*errors));
	errors[nr_errors].pos = pos;
	errors[nr_errors].msg = ks_strdup(msg);
	nr_errors++;
}

void sparse_errors_mute(void)
{
	error_hook = take_error;
}

static bool is_definition(struct symbol *sym)
{
	struct symbol *fn = sym->ctype.base_type;

	return sym->type == SYM_NODE && sym->ident && fn &&
	       fn->type == SYM_FN && fn->stmt;
}

static bool before(struct position a, struct position b)
{
	return a.line < b.line || (a.line == b.line && a.pos < b.pos);
}

/* The function whose body, braces included, @pos is in; NULL if none. */
static struct symbol *function_at(struct symbol_list *syms, struct position pos)
{
	struct symbol *sym;

	FOR_EACH_PTR(syms, sym) {
		struct statement *body;

		if (!is_definition(sym) || sym->pos.stream != pos.stream ||
		    before(pos, sym->pos))
			continue;
		body = sym->ctype.base_type->stmt;
		if (!before(body->end_pos, pos))
			return sym;
	} END_FOR_EACH_PTR(sym);
	return NULL;
}

void sparse_errors_note(struct symbol_list *syms)
{
	struct symbol *fn, **seen = NULL;
	int i, j, nr_seen = 0, max_seen = 0;
	/* Outside functions, one error mostly brings more: say it once. */
	bool outside = false;

	for (i = 0; i < nr_errors; i++) {
		fn = function_at(syms, errors[i].pos);
		if (!fn) {
			if (outside)
				continue;
			outside = true;
			fflush(stdout);
			fprintf(stderr,
				"%s:%d:%d: note: sparse could not parse this (%s): what it declares is not analysed\n",
				stream_name(errors[i].pos.stream),
				errors[i].pos.line, errors[i].pos.pos,
				errors[i].msg);
			continue;
		}
		for (j = 0; j < nr_seen && seen[j] != fn; j++)
			;
		if (j < nr_seen)
			continue;	/* once per function */
		ks_grow(&seen, &max_seen, nr_seen, sizeof(*seen));
		seen[nr_seen++] = fn;
		fflush(stdout);
		fprintf(stderr,
			"%s:%d:%d: note: sparse could not parse %s() here (%s): klint-sparse's analysis of it may be incomplete\n",
			stream_name(errors[i].pos.stream), errors[i].pos.line,
			errors[i].pos.pos, show_ident(fn->ident), errors[i].msg);
	}
	free(seen);
	for (i = 0; i < nr_errors; i++)
		free((void *)errors[i].msg);
	nr_errors = 0;
}
