/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The dataflow value at one program point: a few cases, each an atomic
 * state with what is known of values on the paths it stands for (facts.h).
 *
 * That is what locking code needs: after "if (!spin_trylock(&l)) return;"
 * one case holds the lock and knows the result was non-zero; a function
 * returning 0 with the lock held and -errno without keeps the two cases
 * apart by its return value, and its caller's "if (ret < 0)" picks the
 * right one.  Cases with the same state merge, keeping the facts both
 * share; past MAX_CASES they fold together.  A loop widens each case
 * against the one that knows the same facts.
 */
#ifndef KS_FLOW_H
#define KS_FLOW_H

#include <stdbool.h>

#include "atomic.h"
#include "facts.h"
#include "summary.h"
#include <sparse/linearize.h>

#define MAX_CASES	8

/* The depths that make up preempt_count(); interrupts off are not in it. */
#define NR_COUNT_DIMS	3
extern const int count_dims[NR_COUNT_DIMS];
/*
 * SOFTIRQ_MASK | HARDIRQ_MASK | NMI_MASK (include/linux/preempt.h): what
 * in_interrupt() tests.  No dimension counts NMIs: taken to be zero.
 */
#define COUNT_IRQ_MASK	0xffff00ULL
#define ALL_DIMS	((1U << NR_DIMS) - 1)
#define COUNT_KNOWN	((1U << DIM_PREEMPT) | (1U << DIM_SOFTIRQ) | (1U << DIM_HARDIRQ))


/* Where a reference count was found to reach zero, and by which API. */
struct last_ref_mark {
	struct instruction *at;
	const char *api;
};

struct fcase {
	struct kstate s;
	struct facts k;
	/*
	 * Bit d: the value of dimension d at entry is known, entry[d].  Set
	 * for the preempt, softirq and hardirq depths together where the code
	 * read the preempt count and found it zero (!in_atomic(),
	 * preemptible()), for interrupts-off where it read the interrupt flag
	 * (irqs_disabled()).
	 */
	unsigned int known;
	long entry[NR_DIMS];
	/*
	 * The calls into other files this case has passed (pending.h): on
	 * every path it stands for (must), on some (may).  The link step adds
	 * what they turn out to do.
	 */
	unsigned long long must, may;
	/*
	 * Every path it stands for saw a reference count reach zero, and
	 * entered atomic context lr_raised times (net) since: a sleep there
	 * is a last reference's only if that context was already held.
	 */
	bool last_ref;
	int lr_raised;
	struct last_ref_mark lr;	/* where, for the report's note */
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
 * A call whose effect depends on the class of its result @ret:
 * @by_class[c] is the change when the result is of class c, NULL when it
 * never is.  With @lr, a non-zero result says a reference count reached
 * zero there.
 */
void flow_fork(struct flow *fl, pseudo_t ret,
	       const struct kstate *const by_class[NR_RET_CLASSES],
	       const struct last_ref_mark *lr);
/* The paths of @fl saw a reference count reach zero, at @lr. */
void flow_mark_last_ref(struct flow *fl, const struct last_ref_mark *lr);
/* Whether every case of @fl did, in atomic context held before. */
bool flow_all_last_ref(const struct flow *fl);
/*
 * @out holds the preempt count read here: each case where the count may be
 * zero splits into one that knows it is (and so knows its entry count) and
 * one that knows it is not.  @entry_min is the lowest entry count.
 */
void flow_read_count(struct flow *fl, pseudo_t out, const struct range *entry_min);
/*
 * @out holds the CPU flags read here, @on_bit set when interrupts are on:
 * each case where they may be on or off splits into one that knows they
 * are on (absolutely: it is a flag) and one that knows they are off,
 * entered at @where.  @entry is what interrupts-off may be at entry.
 */
void flow_read_irqs(struct flow *fl, pseudo_t out, unsigned long long on_bit,
		    struct range entry, const struct step *where);
/* @p is being defined again (a loop came round): forget what was known. */
void flow_forget(struct flow *fl, pseudo_t p);
/* The flows on the two edges of a branch on @p. */
void flow_split(const struct flow *fl, pseudo_t p, struct flow *t, struct flow *f);
/*
 * Joins @from into @into; returns whether @into's states or facts changed.
 * The terms passed are joined too, but do not count as a change: the
 * iteration, and with it where loops widen, is the same as without them.
 * A term's bit can then miss the blocks of a loop before its call on the
 * next time round; it is taken not to have happened there.
 */
bool flow_join(struct flow *into, const struct flow *from, bool widen);
void flow_normalize(struct flow *fl);
/* Every case has now passed the call numbered @term. */
void flow_pass_term(struct flow *fl, int term);
bool flow_has_terms(const struct flow *fl);

#endif
