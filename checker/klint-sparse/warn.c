// SPDX-License-Identifier: GPL-2.0
#include <string.h>

#include "insn-set.h"
#include "ir.h"
#include "warn.h"
#include <sparse/linearize.h>

/*
 * The instructions that define a WARN condition's value: the warning
 * fires when it is non-zero, or, as sparse may fold !!(cond), zero.
 */
static struct insn_set warns_if_true, warns_if_false;

/*
 * x86's __WARN_FLAGS() is a ud2 recorded in __bug_table with the warning
 * flag (arch/x86/include/asm/bug.h:_BUG_FLAGS); BUG() has the same trap
 * but never returns, so its paths end anyway.  Without an architecture
 * trap __WARN() calls warn_slowpath_fmt() (include/asm-generic/bug.h:94).
 */
static bool is_warn_trap(struct instruction *insn)
{
	struct symbol *fn;

	if (insn->opcode == OP_ASM)
		return insn->string && strstr(insn->string, "__bug_table");
	if (insn->opcode != OP_CALL)
		return false;
	fn = called_symbol(insn);
	return fn && fn->ident && !strcmp(symbol_name(fn), "warn_slowpath_fmt");
}

/* A condition through the copies that unlikely() and !! leave. */
static struct instruction *condition_def(pseudo_t p)
{
	int depth;

	for (depth = 0; p && p->type == PSEUDO_REG && p->def && depth < 4; depth++) {
		struct instruction *def = p->def;

		if (def->opcode != OP_COPY && !(def->opcode == OP_SET_NE &&
		    def->src2 && def->src2->type == PSEUDO_VAL && !def->src2->value))
			return def;
		p = def->src1;
	}
	return NULL;
}

static void note_trap(struct basic_block *bb)
{
	struct basic_block *parent;
	struct instruction *br, *def;

	FOR_EACH_PTR(bb->parents, parent) {
		br = last_instruction(parent->insns);
		if (!br || br->opcode != OP_CBR || br->bb_true == br->bb_false)
			continue;
		def = condition_def(br->cond);
		if (def && br->bb_true == bb)
			insn_set_add(&warns_if_true, def);
		else if (def && br->bb_false == bb)
			insn_set_add(&warns_if_false, def);
	} END_FOR_EACH_PTR(parent);
}

void warn_scan(struct entrypoint *ep)
{
	struct basic_block *bb;
	struct instruction *insn;

	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			if (insn->bb && is_warn_trap(insn)) {
				note_trap(bb);
				break;
			}
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
}

int warn_test(struct instruction *insn)
{
	struct instruction *def;

	if (insn->opcode != OP_CBR)
		return 0;
	def = condition_def(insn->cond);
	if (!def)
		return 0;
	if (insn_set_has(&warns_if_true, def))
		return 1;
	return insn_set_has(&warns_if_false, def) ? -1 : 0;
}

void warn_release(void)
{
	insn_set_clear(&warns_if_true);
	insn_set_clear(&warns_if_false);
}
