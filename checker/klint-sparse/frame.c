// SPDX-License-Identifier: GPL-2.0

#include "arena.h"
#include "frame.h"
#include "insn-set.h"
#include "ir.h"
#include "table.h"

/* Entry markers whose body holds a known call. */
static struct insn_set with_known_call;
/* The branches that test whether a last-ref API's count reached zero... */
static struct insn_set last_ref_tests;
/* ... and the entry markers of those APIs whose test was found. */
static struct insn_set last_ref_tested;

static bool transparent(struct instruction *entry)
{
	return insn_set_has(&with_known_call, entry);
}

void frame_release(void)
{
	insn_set_clear(&with_known_call);
	insn_set_clear(&last_ref_tests);
	insn_set_clear(&last_ref_tested);
}

static const struct effect *api_of(struct instruction *entry);

static bool conditional(struct instruction *insn)
{
	return insn->opcode == OP_CBR ||
	       (insn->opcode == OP_COMPUTEDGOTO && insn->src == VOID);
}

/*
 * sparse folds an inline's "return true" into the caller's branch, so a
 * dec-and-test's result is no value but the first test in its body: "old
 * == i" in __refcount_sub_and_test(), the asm goto of "decl; je" in
 * arch_atomic_dec_and_test().
 */
static void find_last_ref_test(struct instruction *insn)
{
	struct instruction *e;

	for (e = insn->inlined_in; e; e = e->inlined_in) {
		const struct effect *row = api_of(e);

		if (!row || !row->last_ref || insn_set_has(&last_ref_tested, e))
			continue;
		insn_set_add(&last_ref_tested, e);
		insn_set_add(&last_ref_tests, insn);
	}
}

const struct effect *frame_last_ref_test(struct instruction *insn)
{
	const struct effect *row, *outer = NULL;
	struct instruction *e;

	if (!insn_set_has(&last_ref_tests, insn))
		return NULL;
	for (e = insn->inlined_in; e; e = e->inlined_in) {
		row = api_of(e);
		if (row && row->last_ref)
			outer = row;
	}
	return outer;
}

void frame_scan(struct entrypoint *ep, bool (*known)(struct instruction *))
{
	struct basic_block *bb;
	struct instruction *insn, *e;

	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			if (!insn->bb)
				continue;
			if (conditional(insn))
				find_last_ref_test(insn);
			if (insn->opcode != OP_CALL || !known(insn))
				continue;
			for (e = insn->inlined_in; e; e = e->inlined_in)
				insn_set_add(&with_known_call, e);
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
		if (row->opaque ||
		    (!transparent(chain[n]) && !row->if_ret && !row->last_ref)) {
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
