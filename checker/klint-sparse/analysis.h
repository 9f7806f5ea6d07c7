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
 * Analyses @f under @bind without reporting, and says which blocks a path
 * reached: @reached[i] for the i-th of @f's blocks, in the IR's order.
 */
void analyse_reached(struct func *f, const struct binding *bind, struct summary *out,
		     bool *reached);

#endif
