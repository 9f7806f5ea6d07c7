// SPDX-License-Identifier: GPL-2.0
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "insn-set.h"

static unsigned int slot(const struct insn_set *s, struct instruction *insn)
{
	return ((uintptr_t)insn >> 4) * 2654435761u & (s->size - 1);
}

bool insn_set_has(const struct insn_set *s, struct instruction *insn)
{
	unsigned int i;

	if (!s->used)
		return false;
	for (i = slot(s, insn); s->slots[i]; i = (i + 1) & (s->size - 1))
		if (s->slots[i] == insn)
			return true;
	return false;
}

void insn_set_add(struct insn_set *s, struct instruction *insn)
{
	unsigned int i;

	if (insn_set_has(s, insn))
		return;
	if (2 * (s->used + 1) > s->size) {
		struct instruction **old = s->slots;
		unsigned int n = s->size;

		s->size = s->size ? 2 * s->size : 64;
		s->slots = ks_calloc(s->size, sizeof(*s->slots));
		s->used = 0;
		for (i = 0; i < n; i++)
			if (old[i])
				insn_set_add(s, old[i]);
		free(old);
	}
	for (i = slot(s, insn); s->slots[i]; i = (i + 1) & (s->size - 1))
		;
	s->slots[i] = insn;
	s->used++;
}

void insn_set_clear(struct insn_set *s)
{
	if (s->slots)
		memset(s->slots, 0, s->size * sizeof(*s->slots));
	s->used = 0;
}
