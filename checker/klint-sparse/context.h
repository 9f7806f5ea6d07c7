/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sparse's context annotations (__acquires, __releases, __must_hold,
 * __context__) mapped onto the atomic state.  A context counts when its
 * lock expression is of a type, or is a name, that the tables call atomic:
 * a spinlock is atomic, a mutex is not.
 */
#ifndef KS_CONTEXT_H
#define KS_CONTEXT_H

#include <stdbool.h>

#include "atomic.h"

struct expression;
struct symbol;

/* @fn: the function whose attribute holds @expr, or NULL. */
bool context_is_atomic(struct expression *expr, struct symbol *fn, enum what *what);
/*
 * Raises the preempt depth function @fn may assume at entry, @preempt with
 * its @origin, for each atomic context it must be entered in.
 */
void context_entry_assumption(struct symbol *fn, struct range *preempt,
			      struct origin *origin);

#endif
