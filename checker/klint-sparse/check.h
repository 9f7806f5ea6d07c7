/* SPDX-License-Identifier: GPL-2.0 */
/* The check of a call against its callee's expectation. */
#ifndef KS_CHECK_H
#define KS_CHECK_H

struct ctx;
struct expect;
struct flow;
struct instruction;
struct point;
struct step;

/*
 * Checks a call whose callee accepts entry states @e.  A call that is
 * illegal whatever this function's caller does is reported here, where
 * the fix goes; otherwise it narrows this function's own expectation.
 */
void check_call(struct ctx *c, struct instruction *insn, const struct flow *fl,
		const struct expect *e, const char *callee, const struct step *why);
/* The live cases of @fl as the link step sees them. */
void record_cases(struct point *pt, const struct flow *fl);

#endif
