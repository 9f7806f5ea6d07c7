/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Chains of steps: how a report gets from the line it blames to the place
 * that began the atomic context, or down to the primitive that sleeps.
 * Each step becomes one "note:" line.  Chains share their tails.
 */
#ifndef KS_CHAIN_H
#define KS_CHAIN_H

#include "lib.h"

struct step {
	struct position pos;
	const char *text;
	const struct step *next;
};

const struct step *step_new(struct position pos, const struct step *next,
			    const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
