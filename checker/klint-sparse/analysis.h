/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The per-function analysis: the dataflow over the IR that checks a
 * function's calls and builds its summary.
 */
#ifndef KS_ANALYSIS_H
#define KS_ANALYSIS_H

#include <stdbool.h>

struct binding;
struct func;
struct summary;

/* Analyses @f; @bind may be NULL.  With @report, diagnostics are emitted. */
void analyse(struct func *f, const struct binding *bind, bool report,
	     struct summary *out);
/*
 * Reports what @f does wrong when entered as its assume[] says now (a
 * callback in the state an API calls it in), under @bind, which may be
 * NULL; its summary and what it leaves to the link step do not change.
 */
void analyse_entered(struct func *f, const struct binding *bind);
/*
 * Analyses @f under @bind without reporting, and says which blocks a path
 * reached: @reached[i] for the i-th of @f's blocks, in the IR's order.
 */
void analyse_reached(struct func *f, const struct binding *bind, struct summary *out,
		     bool *reached);

#endif
