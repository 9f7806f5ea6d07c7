/* SPDX-License-Identifier: GPL-2.0 */
/*
 * WARN_ON() and its kin: a branch whose taken side reaches the warning's
 * trap tests a condition the kernel says never holds.  A path past it is
 * a broken invariant, not a context the code allows, so a sleep there is
 * not reported; the code after "if (WARN_ON(!irqs_disabled()))" is
 * checked as if interrupts were off, as the author states.
 */
#ifndef KS_WARN_H
#define KS_WARN_H

#include <stdbool.h>

struct entrypoint;
struct instruction;

/* Finds the WARN conditions of @ep; kept until warn_release(). */
void warn_scan(struct entrypoint *ep);
/*
 * Whether the conditional branch @insn tests a WARN condition: 1 if its
 * true side is where the warning fired, -1 if its false side, else 0.
 */
int warn_test(struct instruction *insn);
void warn_release(void);

#endif
