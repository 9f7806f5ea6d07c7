// SPDX-License-Identifier: GPL-2.0
#include <string.h>

#include "arena.h"
#include "field.h"
#include "func.h"
#include "ir.h"
#include "indirect.h"
#include <sparse/token.h>

struct field_targets {
	const char *type, *member;	/* indirect_type_key() and the member */
	struct candidate *first;
	struct field_targets *next;
};

static struct field_targets *targets;

const char *indirect_type_key(const char *type, struct position pos)
{
	return arena_printf("%s@%s", type, stream_name(pos.stream));
}

static struct field_targets *targets_of(const char *type, const char *member)
{
	struct field_targets *t;

	for (t = targets; t; t = t->next)
		if (!strcmp(t->type, type) && !strcmp(t->member, member))
			return t;
	return NULL;
}

static void add_store(const struct field_store *st)
{
	const char *key = indirect_type_key(st->type, st->type_pos);
	struct field_targets *t = targets_of(key, st->member);
	struct func *g = func_of(st->fn);
	struct candidate *c, **tail;

	if (!g)
		return;
	if (!t) {
		t = arena_alloc(sizeof(*t));
		t->type = key;
		t->member = st->member;
		t->next = targets;
		targets = t;
	}
	/* In the order stored: a report names the first ones. */
	for (tail = &t->first; *tail; tail = &(*tail)->next)
		if ((*tail)->fn == g)
			return;
	c = arena_alloc(sizeof(*c));
	c->fn = g;
	c->pos = st->pos;
	c->next = NULL;
	*tail = c;
}

void indirect_scan(const struct field_store *stores, int n)
{
	int i;

	targets = NULL;
	for (i = 0; i < n; i++)
		add_store(&stores[i]);
}

const struct candidate *indirect_candidates(const char *type, const char *member)
{
	struct field_targets *t = targets_of(type, member);

	return t ? t->first : NULL;
}

/* The struct type @addr points to (or is, for a global object). */
static struct symbol *pointed_struct(pseudo_t addr, struct instruction *call)
{
	struct symbol *t = NULL;

	switch (addr->type) {
	case PSEUDO_SYM:
		return strip_node(addr->sym);
	case PSEUDO_REG:
		if (addr->def && addr->def->opcode == OP_LOAD)
			t = addr->def->type;
		break;
	case PSEUDO_ARG:
		if (call->bb && call->bb->ep && call->bb->ep->name)
			t = nth_argument_type(call->bb->ep->name, addr->nr);
		break;
	default:
		return NULL;
	}
	t = strip_node(t);
	if (!t || t->type != SYM_PTR)
		return NULL;
	return strip_node(t->ctype.base_type);
}

bool indirect_field(struct instruction *insn, const char **type, const char **key,
		    const char **member)
{
	struct position pos;
	pseudo_t fn = insn->func;
	struct instruction *load;
	struct symbol *t;

	if (!fn || fn->type != PSEUDO_REG || !fn->def || fn->def->opcode != OP_LOAD)
		return false;
	load = fn->def;
	t = pointed_struct(load->src, insn);
	if (!t || (t->type != SYM_STRUCT && t->type != SYM_UNION))
		return false;
	if (!field_at(t, load->offset, type, &pos, member))
		return false;
	*key = indirect_type_key(*type, pos);
	return true;
}
