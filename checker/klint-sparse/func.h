/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The functions defined in the file being checked, with their IR and
 * summaries.
 */
#ifndef KS_FUNC_H
#define KS_FUNC_H

#include <stdbool.h>

#include "pending.h"
#include "summary.h"

struct symbol;
struct entrypoint;

/* Constant arguments a body is analysed with, for specialization. */
#define MAX_BOUND_ARGS	8
struct binding {
	unsigned long known;		/* bit i: argument i+1 is bound */
	long long val[MAX_BOUND_ARGS];
};

struct spec {
	struct binding bind;
	struct summary sum;
	bool in_progress;		/* being analysed: recursion reached it */
	struct spec *next;
};

struct func {
	struct symbol *sym;
	struct entrypoint *ep;
	const char *name;
	struct summary sum;
	bool in_progress;		/* being specialized: no recursion */
	bool finished;			/* its component is solved */
	struct range assume[NR_DIMS];	/* entry states the body may rely on */
	struct origin assume_origin[NR_DIMS];
	const struct expect *declared;	/* from the source attribute */
	struct kstate declared_adj;
	bool declared_unchecked, has_declared_adj;
	struct spec *specs;
	/* What the link step must finish, from the reporting pass. */
	struct pending pend;
	bool open;
	/*
	 * gfp_param: a gfp_t parameter whose mask decides whether it sleeps
	 * (from 1; 0 if none), and gfp_expect, its expectation when that
	 * mask cannot block (GFP_ATOMIC): for calls from other files.
	 */
	int gfp_param;
	struct expect gfp_expect;
	/* call graph */
	int index, low, scc;
	bool on_stack;
};

/* The function a call's symbol names, when its body is in this file. */
struct func *func_of(struct symbol *sym);

/* Analyses @f; @bind may be NULL.  With @report, diagnostics are emitted. */
void analyse(struct func *f, const struct binding *bind, bool report,
	     struct summary *out);
/* The summary a call to @f with @bind sees, specialized when it matters. */
const struct summary *summary_for_call(struct func *f, const struct binding *bind,
				       int caller_scc);

#endif
