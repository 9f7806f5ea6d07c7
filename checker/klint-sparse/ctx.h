/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The state of one pass of the per-function analysis, shared by its parts:
 * the dataflow (analysis.c), what calls and contexts do (calls.c,
 * context-effect.c) and the checks of calls (check.c).  Kept apart from
 * them so that each part can see it without seeing the parts above it.
 */
#ifndef KS_CTX_H
#define KS_CTX_H

#include <stdbool.h>

#include "flow.h"
#include "func.h"
#include <sparse/linearize.h>
#include "pending.h"

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
	const char *candidate;		/* the field's function being checked */
	/*
	 * Analysed again as a callback entered in its caller's state, for
	 * reports only: records nothing, and what the first pass reported
	 * of its balance stands.
	 */
	bool reentered;
	int nr_terms;
	struct instruction *term_insn[MAX_TERMS];
};

#endif
