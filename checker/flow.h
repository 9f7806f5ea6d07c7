/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The dataflow value at one program point: a few cases, each an atomic
 * state with the values known to be zero or non-zero on the paths it
 * stands for.
 *
 * That is what locking code needs: after "if (!spin_trylock(&l)) return;"
 * one case holds the lock and knows the result was non-zero; a function
 * returning 1 with the lock held and 0 without keeps the two cases apart
 * by its return value, and its caller's "if (ret)" picks the right one.
 * Cases with the same state merge, keeping the facts both share; past
 * MAX_CASES they fold together.  A loop widens each case against the one
 * that knows the same facts.
 */
#ifndef KS_FLOW_H
#define KS_FLOW_H

#include <stdbool.h>

#include "atomic.h"
#include "linearize.h"

#define MAX_TAGS	4
#define MAX_CASES	4

/* "p is non-zero", or with a mask "p & mask is non-zero". */
struct tag {
	pseudo_t p;
	unsigned long long mask;
	bool nz;
};

struct fcase {
	struct kstate s;
	int nr_tags;
	struct tag tags[MAX_TAGS];
};

struct flow {
	int n;			/* 0: unreachable */
	struct fcase c[MAX_CASES];
};

void flow_entry(struct flow *fl);
/* Every case's state joined: what a call here must be checked against. */
void flow_state(const struct flow *fl, struct kstate *out);
void flow_apply(struct flow *fl, const struct kstate *delta);
/*
 * A call whose effect depends on its result @ret (its bits in @mask, if
 * not 0) being non-zero or zero.
 */
void flow_fork(struct flow *fl, pseudo_t ret, unsigned long long mask,
	       const struct kstate *nz, const struct kstate *z);
/* Applies @delta to the cases where @p & @mask may be non-zero. */
void flow_apply_if_bits(struct flow *fl, pseudo_t p, unsigned long long mask,
			const struct kstate *delta);
/* 1 or 0 if @p is known non-zero or zero in case @c, else -1. */
int case_truth(const struct fcase *c, pseudo_t p);
void case_tag(struct fcase *c, pseudo_t p, bool nz);
/* @p is being defined again (a loop came round): forget what was known. */
void flow_untag(struct flow *fl, pseudo_t p);
/* The flows on the two edges of a branch on @p. */
void flow_split(const struct flow *fl, pseudo_t p, struct flow *t, struct flow *f);
/* Joins @from into @into; returns whether @into changed. */
bool flow_join(struct flow *into, const struct flow *from, bool widen);
void flow_normalize(struct flow *fl);

#endif
