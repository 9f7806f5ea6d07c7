/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Inlined APIs.  An API named in the tables may reach the IR as an inlined
 * body: with the out-of-line call that does its work (spin_lock ->
 * _raw_spin_lock), or with nothing but asm (preempt_disable).  Each
 * operation must count once: an API whose body holds a call the checker
 * knows is transparent, its calls count and its sparse contexts do not;
 * one whose body holds no such call is opaque, its own row counts at its
 * entry marker and nothing inside it does.
 */
#ifndef KS_FRAMES_H
#define KS_FRAMES_H

#include <sparse/linearize.h>

struct effect;

enum frame_rule {
	FRAME_NORMAL,		/* outside any API, or a call in a transparent one */
	FRAME_SUPPRESS,		/* inside an opaque API, or a context in any API */
	FRAME_APPLY,		/* the entry marker of an opaque API */
};

/*
 * Finds the transparent APIs of @ep; @known says whether a call counts.
 * What it finds is kept by instruction until frame_release(), once a file:
 * analysing a callee for a specialization in the middle of its caller must
 * not take the caller's findings away.
 */
void frame_scan(struct entrypoint *ep, bool (*known)(struct instruction *));
enum frame_rule frame_rule(struct instruction *insn, const struct effect **api);
/* The outermost API around @insn and its entry marker, for naming it. */
const struct effect *frame_api(struct instruction *insn, struct instruction **entry);
/*
 * Whether @insn, a branch, is the test of an inlined dec-and-test API
 * (a last-ref row): its true side, or an asm goto's labels, are where the
 * count reached zero.  The row of the API the user wrote, or NULL.
 */
const struct effect *frame_last_ref_test(struct instruction *insn);
void frame_release(void);

#endif
