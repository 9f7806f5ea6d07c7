/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Chains of steps: how a report gets from the line it blames to the place
 * that began the atomic context, or down to the primitive that sleeps.
 * Each step becomes one "note:" line.  Chains share their tails.
 */
#ifndef KS_CHAIN_H
#define KS_CHAIN_H

/*
 * A place in a source file.  Not sparse's position: the link step reads
 * chains from summary files of thousands of files, more than sparse's
 * stream numbers can name.
 */
struct loc {
	const char *file;
	int line, col;
};

struct step {
	struct loc pos;
	const char *text;
	const struct step *next;
};

const struct step *step_new(struct loc pos, const struct step *next,
			    const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/*
 * The same, its text one copy for every equal one (intern.h): for steps
 * made over and over, as the link step's notes of a callee in each of
 * its callers.
 */
const struct step *step_new_shared(struct loc pos, const struct step *next,
				   const char *fmt, ...)
	__attribute__((format(printf, 3, 4), nonnull(3)));
/*
 * @chain with each loop shown once: a step that comes back later (a
 * recursion that went round with other values) is kept, marked
 * "(recursion)", and the chain goes on after its last return.
 */
const struct step *step_fold_recursion(const struct step *chain);

#endif
