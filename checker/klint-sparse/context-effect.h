/* SPDX-License-Identifier: GPL-2.0 */
/* What sparse context instructions do to the atomic state. */
#ifndef KS_CONTEXT_EFFECT_H
#define KS_CONTEXT_EFFECT_H

struct ctx;
struct flow;
struct instruction;

void context_effect(struct ctx *c, struct flow *fl, struct instruction *insn);

#endif
