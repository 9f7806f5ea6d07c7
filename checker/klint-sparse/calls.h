/* SPDX-License-Identifier: GPL-2.0 */
/* What calls do to the atomic state: table rows, summaries, prototypes. */
#ifndef KS_CALLS_H
#define KS_CALLS_H

#include <stdbool.h>

struct ctx;
struct effect;
struct flow;
struct instruction;
struct kstate;

/* The term a call into another file is numbered, or -1. */
int term_of(const struct ctx *c, struct instruction *insn);
/* Numbers the calls of @c's function that the link step completes. */
void number_terms(struct ctx *c);
/* Moves the state by a call's effect, per result value with @if_ret. */
void apply_delta(struct flow *fl, struct instruction *insn, bool if_ret,
		 const struct kstate *nz_delta, const struct kstate *z_delta);
/*
 * @e is the row for what @insn calls; @api, when not NULL, the row of the
 * inlined API around it (entry marker @api_entry) that messages name.
 */
void apply_effect(struct ctx *c, struct flow *fl, struct instruction *insn,
		  const struct effect *e, const struct effect *api,
		  struct instruction *api_entry);
/* Whether the checker knows what @insn's callee does. */
bool known_call(struct instruction *insn);
void call_effect(struct ctx *c, struct flow *fl, struct instruction *insn);
/* Counts on the false edge of @br a call its true side skips there. */
void count_skipped_call(struct instruction *br, struct flow *f);

#endif
