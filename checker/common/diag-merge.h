/* SPDX-License-Identifier: GPL-2.0 */
/*
 * One report per bug.  A reader fixes a bug once, however many times the
 * analysis reached it: the sleeping calls a macro expands to at one line,
 * the functions a call through a struct field may reach, and the sites of
 * one function that call down the same chain under the same kind of atomic
 * context are each one warning.
 */
#ifndef KS_DIAG_MERGE_H
#define KS_DIAG_MERGE_H

#include "diag.h"

/* Candidates named in a merged message before "and N more". */
#define MAX_NAMED_CANDIDATES	3

/*
 * Merges the @n diagnostics of @v, sorted by position, in place; returns
 * how many are left, still in order.  Merging what is left again changes
 * nothing.
 */
int diag_merge(struct diag **v, int n);

#endif
