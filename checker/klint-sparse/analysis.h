/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The parts of the per-function analysis: the dataflow over the IR
 * (analysis.c), what calls and context annotations do to the state
 * (calls.c, context-effect.c) and the check of a call against its
 * callee's expectation (check.c).
 */
#ifndef KS_ANALYSIS_H
#define KS_ANALYSIS_H

#include <stdbool.h>

#include "flow.h"
#include "func.h"
#include <sparse/linearize.h>
#include "pending.h"

struct effect;
struct step;

/* The states at return, by the class of the returned value. */
struct exits {
	bool seen[NR_RET_CLASSES];
	struct kstate by[NR_RET_CLASSES];
};

struct ctx {
	struct func *f;
	const struct binding *bind;
	bool report;		/* emit diagnostics */
	bool final;		/* states are stable: check calls, build summary */
	struct summary *out;
	struct flow *in;
	int *visits;
	struct basic_block **bbs;
	int nr_bbs;
	int *work, nr_work;
	bool *queued;
	struct exits exits;
	bool after_known_call;	/* a sparse context here repeats that call */
	struct symbol *last_callee;	/* whose attributes a context comes from */
	struct instruction *last_call;
	/* Recording for the link step: only in the unspecialized reporting pass. */
	struct pending *pend;
	bool open_call;			/* applying a call the link step completes */
	struct point *cur_point;	/* ... and its record, when recording */
	int nr_terms;
	struct instruction *term_insn[MAX_TERMS];
};

/*
 * Checks a call whose callee accepts entry states @e.  A call that is
 * illegal whatever this function's caller does is reported here, where
 * the fix goes; otherwise it narrows this function's own expectation.
 */
void check_call(struct ctx *c, struct instruction *insn, const struct flow *fl,
		const struct expect *e, const char *callee, const struct step *why);
/* The term a call into another file is numbered, or -1. */
int term_of(const struct ctx *c, struct instruction *insn);
/* Numbers the calls of @c's function that the link step completes. */
void number_terms(struct ctx *c);
/* The live cases of @fl as the link step sees them. */
void record_cases(struct point *pt, const struct flow *fl);
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
void context_effect(struct ctx *c, struct flow *fl, struct instruction *insn);

/* Analyses @f; @bind may be NULL.  With @report, diagnostics are emitted. */
void analyse(struct func *f, const struct binding *bind, bool report,
	     struct summary *out);

#endif
