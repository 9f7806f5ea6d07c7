/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Function summaries, klint's pair generalized to our atomic state:
 * the adjustment (how a call changes the state) and the expectation
 * (the entry states under which nothing the function does is illegal).
 */
#ifndef KS_SUMMARY_H
#define KS_SUMMARY_H

#include <stdbool.h>

#include "atomic.h"

struct diag;
struct loc;
struct step;

/* The classes of a result, by sign: what summaries keep apart. */
enum ret_class { RET_NEG, RET_ZERO, RET_POS, NR_RET_CLASSES };

/* "neg", "zero", "pos": in summary files, "adj-NAME" and the first letters. */
extern const char *const ret_class_names[NR_RET_CLASSES];

struct expect {
	struct range r[NR_DIMS];	/* absolute entry values allowed */
	const struct step *why;		/* from the narrowing call down to the sleep */
	bool unless_nofault;		/* waived when entered with page faults off */
	/* Waived in softirq or hardirq context, where the callee defers: vfree() */
	bool unless_interrupt;
	/*
	 * Every sleep it stands for is on a path where a reference count
	 * reached zero (put_task_struct()'s release): callers often hold
	 * another reference, so it is reported apart, -Wlast-reference-sleep.
	 */
	bool last_ref;
};

/*
 * The function-pointer parameters a function calls before it returns (an
 * iterator's callback, a comparator): the state each is called in,
 * relative to the function's entry, joined over every call of it, and
 * the arguments that are the same constant at every call.
 */
#define MAX_CB_PARAMS	8
#define MAX_CB_ARGS	4

struct param_call {
	struct kstate at;
	unsigned int known;		/* bit i: argument i+1 is val[i] */
	long long val[MAX_CB_ARGS];
};

struct param_calls {
	unsigned int params;		/* bit K-1: parameter K is called */
	struct param_call p[MAX_CB_PARAMS];
};

/*
 * A parameter the function hands to an API that registers it to run
 * later in an entry context (a driver's wrapper of request_irq()), or to
 * another function that does: a call passing a function there registers
 * it as the API's row would.
 */
struct param_reg {
	int param;			/* from 1 */
	int ctx;			/* entry_context_parse() */
	const char *api;		/* the API that registers it: request_irq */
	const struct step *via;		/* the calls handing it on, down to the API */
	bool linked;			/* found by the link step, not by its file */
	struct param_reg *next;
};

/* The fact of @regs for parameter @param in context @ctx, or NULL. */
const struct param_reg *param_reg_find(const struct param_reg *regs, int param, int ctx);

struct summary {
	struct kstate adj;		/* every return path joined */
	bool by_ret;			/* the result's class tells the paths apart */
	bool returns[NR_RET_CLASSES];	/* by class: negative, zero, positive */
	/*
	 * With by_ret, the adjustment when returning each class, else NULL:
	 * 500 bytes that few functions need.  Copies of a summary share it,
	 * so it is never written: summary_own_adj_by() gives a new one.
	 */
	const struct kstate *adj_by;
	struct expect expect;
	/* From the calls whose state no call into another file touches. */
	struct expect closed;
	bool clamped;			/* unbalanced: adj is the value nearest 0 */
	unsigned long param_dep;	/* bit i: argument i+1's value matters */
	/* Violations inside a specialized body, reported by the caller. */
	struct diag *inner;
	const struct param_calls *calls;	/* NULL: calls none */
};

/* Takes any state and never sleeps: what an unknown call is taken to be. */
void summary_neutral(struct summary *s);
/*
 * Gives @s a new adj_by of its own, a copy of the one it had (or zeroed
 * states), and returns it to be written.
 */
struct kstate *summary_own_adj_by(struct summary *s);
void expect_any(struct expect *e);
/* A primitive that may sleep: only process context at entry. */
void expect_process(struct expect *e);
/* One that sleeps only to fault a page in: fine with page faults off. */
void expect_fault(struct expect *e);
/* One that sleeps only in task context, as in_interrupt() tells: vfree(). */
void expect_task(struct expect *e);
bool summary_eq(const struct summary *a, const struct summary *b);
/*
 * Joins @s, the summary of a call under one of the values its argument may
 * take, into @into, that of the call under the others: what the call does
 * on any of them, and the entry states legal for all of them.
 */
void summary_join_call(struct summary *into, const struct summary *s);
bool expect_is_any(const struct expect *e);
/*
 * Joins a call of parameter @k (from 1) in state @at, with arguments
 * @known/@val, into @s's calls.  A copy is made: summaries share them.
 */
void param_calls_add(struct summary *s, int k, const struct param_call *pc);
/*
 * Whether a call in state @s of a function entered in @assume is fine
 * whatever @e's ranges say: page faults are off and the callee only faults
 * pages in, or the path is in softirq or hardirq context and the callee
 * defers its sleeping work there.
 */
bool expect_waived(const struct expect *e, const struct kstate *s, const struct range *assume);
bool expect_eq(const struct expect *a, const struct expect *b);
/* Whether every entry state @b allows, or waives, @a allows or waives too. */
bool expect_includes(const struct expect *a, const struct expect *b);
/*
 * Narrows @mine, the expectation of a function entered in @assume, by a
 * call accepting @e under state @s.  False when no entry state makes the
 * call legal: *@bad is then the dimension at fault, or -1 when the state
 * is less atomic than @e wants, a balance problem reported elsewhere.
 * The dimensions of @skip (bit d) are fine on every path: not narrowed.
 * When a sleep on any path joins @mine's last-reference ones, @mine's
 * chain is dropped and *@narrowed set, so that the caller names it.
 */
bool expect_narrow(struct expect *mine, const struct range *assume,
		   const struct expect *e, const struct kstate *s, int *bad,
		   bool *narrowed, unsigned int skip);
/*
 * The report of a call to @callee that may sleep: in -Watomic-sleep when
 * a path class, @must, is atomic at its lowest count, else "possibly"
 * in -Wmaybe-atomic-sleep with the joined state @all; in
 * -Wlast-reference-sleep when @last_ref, the sleep is only on paths that
 * dropped a last reference.  klint-sparse and klint-link word it alike;
 * the caller adds the chains.
 */
struct diag *sleep_diag(struct loc pos, const char *callee, const struct kstate *must,
			const struct kstate *all, enum what what, const struct range *assume,
			int bad, bool last_ref);
/* " (preempt count 0x1)": the count a report shows, in hex, for dimension @bad. */
const char *kstate_count_str(const struct kstate *s, const struct range *assume, int bad);

#endif
