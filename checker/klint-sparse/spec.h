/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The summary a call sees: its callee's, or one specialized for the
 * constant arguments it passes, computed once each (spec.c tells how the
 * recursion ends).
 */
#ifndef KS_SPEC_H
#define KS_SPEC_H

#include <stdbool.h>

struct binding;
struct func;
struct summary;

/* Analyses @f with @bind into @out; with @report, diagnostics are emitted. */
typedef void spec_provider(struct func *f, const struct binding *bind,
			   bool report, struct summary *out);

/* The solver's analysis, which summary_for_call() asks for what it lacks. */
void spec_set_provider(spec_provider *analyse);
/* The summary a call to @f with @bind sees, specialized when it matters. */
const struct summary *summary_for_call(struct func *f, const struct binding *bind,
				       int caller_scc);

#endif
