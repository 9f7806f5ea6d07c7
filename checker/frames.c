// SPDX-License-Identifier: GPL-2.0
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "frames.h"
#include "ir.h"
#include "table.h"

/* Entry markers whose body holds a known call: a set of pointers. */
static struct instruction **set;
static unsigned int set_size, set_used;

static unsigned int slot(struct instruction *insn)
{
	return ((uintptr_t)insn >> 4) * 2654435761u & (set_size - 1);
}

static bool transparent(struct instruction *entry)
{
	unsigned int i;

	if (!set_used)
		return false;
	for (i = slot(entry); set[i]; i = (i + 1) & (set_size - 1))
		if (set[i] == entry)
			return true;
	return false;
}

static void mark(struct instruction *entry)
{
	unsigned int i;

	if (transparent(entry))
		return;
	if (2 * (set_used + 1) > set_size) {
		struct instruction **old = set;
		unsigned int n = set_size;

		set_size = set_size ? 2 * set_size : 64;
		set = ks_calloc(set_size, sizeof(*set));
		set_used = 0;
		for (i = 0; i < n; i++)
			if (old[i])
				mark(old[i]);
		free(old);
	}
	for (i = slot(entry); set[i]; i = (i + 1) & (set_size - 1))
		;
	set[i] = entry;
	set_used++;
}

void frames_release(void)
{
	if (set)
		memset(set, 0, set_size * sizeof(*set));
	set_used = 0;
}

void frames_scan(struct entrypoint *ep, bool (*known)(struct instruction *))
{
	struct basic_block *bb;
	struct instruction *insn, *e;

	frames_release();
	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			if (!insn->bb || insn->opcode != OP_CALL || !known(insn))
				continue;
			for (e = insn->inlined_in; e; e = e->inlined_in)
				mark(e);
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
}

static const struct effect *api_of(struct instruction *entry)
{
	struct symbol *sym = called_symbol(entry);

	if (!sym || !sym->ident)
		return NULL;
	return table_lookup(sym->ident->name, sym->ident->len);
}

enum frame_rule frame_rule(struct instruction *insn, const struct effect **api)
{
	struct instruction *chain[64], *e;
	int n = 0;
	bool in_api = false;

	if (insn->opcode == OP_INLINED_ENTRY)
		chain[n++] = insn;
	for (e = insn->inlined_in; e && n < 64; e = e->inlined_in)
		chain[n++] = e;
	while (n--) {
		const struct effect *row = api_of(chain[n]);

		if (!row)
			continue;
		/*
		 * A conditional row needs the inline's return value, which its
		 * entry marker does not have: let the body count instead.
		 */
		if (row->opaque || (!transparent(chain[n]) && !row->if_ret)) {
			*api = row;
			return chain[n] == insn ? FRAME_APPLY : FRAME_SUPPRESS;
		}
		in_api = true;
	}
	/*
	 * A context annotation inside an inlined body that makes a known call
	 * repeats that call's effect: spin_trylock()'s __cond_lock(), or
	 * lock_task_sighand() around __lock_task_sighand().
	 */
	if (insn->opcode == OP_CONTEXT &&
	    (in_api || (insn->inlined_in && transparent(insn->inlined_in))))
		return FRAME_SUPPRESS;
	return FRAME_NORMAL;
}

const struct effect *frame_api(struct instruction *insn, struct instruction **entry)
{
	const struct effect *outer = NULL, *row;
	struct instruction *e;

	for (e = insn->inlined_in; e; e = e->inlined_in) {
		row = api_of(e);
		if (row) {
			outer = row;
			*entry = e;
		}
	}
	return outer;
}
