// SPDX-License-Identifier: GPL-2.0
#include <stdarg.h>

#include "arena.h"
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
