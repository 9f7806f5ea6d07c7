// SPDX-License-Identifier: GPL-2.0
/* What sparse context instructions do to the atomic state. */

#include "calls.h"
#include "step.h"
#include "context.h"
#include "context-effect.h"
#include "ctx.h"
#include "ir.h"

/*
 * The call whose non-zero result guards @insn's block, as __cond_lock(lock,
 * call) expands to, or NULL.
 */
static struct instruction *guarding_call(struct instruction *insn)
{
	struct basic_block *parent;
	struct instruction *br;
	pseudo_t cond;
	int n = 0;

	FOR_EACH_PTR(insn->bb->parents, parent) {
		n++;
	} END_FOR_EACH_PTR(parent);
	if (n != 1)
		return NULL;
	parent = first_basic_block(insn->bb->parents);
	br = last_instruction(parent->insns);
	if (!br || br->opcode != OP_CBR || br->bb_true != insn->bb)
		return NULL;
	for (cond = br->cond, n = 0; cond && cond->type == PSEUDO_REG && n < 4; n++) {
		struct instruction *def = cond->def;

		if (!def || !def->bb)
			return NULL;
		if (def->opcode == OP_CALL)
			return def;
		if (def->opcode != OP_COPY && def->opcode != OP_ZEXT &&
		    def->opcode != OP_SEXT && def->opcode != OP_SET_NE)
			return NULL;
		cond = def->opcode == OP_SET_NE ? def->src1 : def->src;
	}
	return NULL;
}

/*
 * A __context__ statement, rather than a callee's attribute, counts only
 * where it describes a lock: inside an inlined helper, or guarded by a call
 * the checker does not know, as __cond_lock() does.  In a function's own
 * body it is bookkeeping for sparse's balance check (double_rq_lock()'s
 * __acquire() of a lock it took once), and the tables know the real locks.
 */
static bool statement_counts(struct instruction *insn)
{
	struct instruction *call = guarding_call(insn);

	if (call)
		return !known_call(call);
	return insn->inlined_in != NULL;
}

static const struct step *context_step(struct ctx *c, struct instruction *insn,
				       enum what what)
{
	struct instruction *call = c->last_call, *e, *outer = NULL;
	const char *how = "by its context annotation";

	if (!c->last_callee) {
		call = guarding_call(insn);
		how = "by __cond_lock()";
	}
	if (call)
		return step_new(report_pos(call), NULL, "%s() %s here (%s)",
				symbol_name(called_symbol(call)),
				what_action(what), how);
	for (e = insn->inlined_in; e; e = e->inlined_in)
		outer = e;
	return step_new(report_pos(insn), NULL, "%s() %s here (by __acquire())",
			symbol_name(called_symbol(outer)), what_action(what));
}

void context_effect(struct ctx *c, struct flow *fl, struct instruction *insn)
{
	struct kstate delta;
	enum what what;

	if (c->after_known_call || !insn->increment)
		return;
	if (!c->last_callee && !statement_counts(insn))
		return;
	if (!context_is_atomic(insn->context_expr, c->last_callee, &what))
		return;
	kstate_zero(&delta);
	delta.r[DIM_PREEMPT] = range_point(insn->increment);
	if (insn->increment > 0)
		delta.origin[DIM_PREEMPT] = (struct origin){ what,
			context_step(c, insn, what) };
	apply_delta(fl, insn, false, &delta, &delta);
}
