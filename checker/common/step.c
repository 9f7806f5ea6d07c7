// SPDX-License-Identifier: GPL-2.0
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "intern.h"
#include "step.h"

const struct step *step_new(struct loc pos, const struct step *next,
			    const char *fmt, ...)
{
	struct step *s = arena_alloc(sizeof(*s));
	va_list ap;

	va_start(ap, fmt);
	s->text = arena_vprintf(fmt, ap);
	va_end(ap);
	s->pos = pos;
	s->next = next;
	return s;
}

const struct step *step_new_shared(struct loc pos, const struct step *next,
				   const char *fmt, ...)
{
	struct step *s = arena_alloc(sizeof(*s));
	char buf[256], *text = buf;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n >= (int)sizeof(buf)) {
		text = ks_malloc(n + 1);
		va_start(ap, fmt);
		vsnprintf(text, n + 1, fmt, ap);
		va_end(ap);
	}
	s->text = intern(text, n);
	if (text != buf)
		free(text);
	s->pos = pos;
	s->next = next;
	return s;
}

static bool same_step(const struct step *a, const struct step *b)
{
	return a->pos.line == b->pos.line && a->pos.col == b->pos.col &&
	       !strcmp(a->pos.file, b->pos.file) && !strcmp(a->text, b->text);
}

/* The last step after @s that repeats it, or NULL. */
static const struct step *last_repeat(const struct step *s)
{
	const struct step *t, *last = NULL;

	for (t = s->next; t; t = t->next)
		if (same_step(s, t))
			last = t;
	return last;
}

const struct step *step_fold_recursion(const struct step *chain)
{
	const struct step *s, *head = NULL, **tail = &head;

	for (s = chain; s && !last_repeat(s); s = s->next)
		;
	if (!s)
		return chain;
	for (s = chain; s; s = s->next) {
		const struct step *repeat = last_repeat(s);
		struct step *copy = arena_alloc(sizeof(*copy));

		*copy = *s;
		copy->next = NULL;
		if (repeat) {
			copy->text = arena_printf("%s (recursion)", s->text);
			s = repeat;
		}
		*tail = copy;
		tail = &copy->next;
	}
	return head;
}
