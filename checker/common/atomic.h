/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The atomic state: one interval per kind of atomicity, relative to a
 * function's entry, and where each kind was last entered.
 *
 * A single integer cannot say why sleeping is illegal: local_irq_save()
 * leaves the preempt count alone, rcu_read_lock() may or may not touch it,
 * and a report must say which one the developer has to undo.
 */
#ifndef KS_ATOMIC_H
#define KS_ATOMIC_H

#include <stdbool.h>

#include "range.h"

enum dim {
	DIM_PREEMPT,	/* preempt-disable depth: locks, preempt_disable, RCU */
	DIM_SOFTIRQ,	/* bottom halves disabled, or serving a softirq */
	DIM_HARDIRQ,	/* serving a hard interrupt */
	DIM_IRQ,	/* interrupts disabled: not in the count, still atomic */
	DIM_NOFAULT,	/* page faults disabled: not atomic, but user copies fail fast */
	NR_DIMS
};

enum what {
	WHAT_NONE,
	WHAT_SPINLOCK,
	WHAT_RWLOCK,
	WHAT_RCU,
	WHAT_PREEMPT,
	WHAT_IRQ,
	WHAT_BH,
	WHAT_HARDIRQ,
	WHAT_SOFTIRQ,
	WHAT_KMAP,
	WHAT_NOFAULT,
	NR_WHATS
};

struct step;

/* Where a kind of atomicity was entered, for the report's first note. */
struct origin {
	enum what what;
	const struct step *where;
};

/*
 * Interrupts-off is a flag, not a depth: after local_irq_disable() it is
 * 1 whatever it was, after local_irq_enable() 0.  A dimension whose bit is
 * set in @abs holds such an absolute value; until a path sets it, it is
 * relative to entry like the others.  Only DIM_IRQ is ever absolute.
 */
#define KSTATE_ABS_DIMS	(1U << DIM_IRQ)
/* Interrupts are either off at entry or not: what converts the two kinds. */
#define IRQ_ENTRY	((struct range){ 0, 1 })

struct kstate {
	struct range r[NR_DIMS];
	struct origin origin[NR_DIMS];
	unsigned int abs;	/* bit d: r[d] is absolute, not relative */
};

extern const char *const dim_names[NR_DIMS];

int what_parse(const char *s, enum what *what);
const char *what_name(enum what what);
int dim_parse(const char *s);
enum what what_default(enum dim d);
/* "a spinlock is held", "interrupts are disabled", ... */
const char *what_state(enum what what);
/* "acquires a spinlock", "disables interrupts", ... */
const char *what_action(enum what what);

void kstate_zero(struct kstate *s);
static inline bool kstate_abs(const struct kstate *s, int d)
{
	return s->abs & (1U << d);
}

/* The values of dimension @d at this point for a function entered in @entry. */
struct range kstate_at(const struct kstate *s, int d, struct range entry);
bool kstate_eq(const struct kstate *a, const struct kstate *b);
void kstate_join(struct kstate *into, const struct kstate *from);
void kstate_widen(struct kstate *into, const struct kstate *from);
/*
 * Adds @delta to @s, or for an absolute dimension of @delta sets it: to 0,
 * or to 1 unless it surely is 1 or more already (local_irq_disable() inside
 * local_irq_save() keeps the nesting that the restore undoes).  A dimension
 * that @delta makes atomic takes @delta's origin, so nested locks blame the
 * outermost; one that comes back to zero forgets where it began.
 */
void kstate_apply(struct kstate *s, const struct kstate *delta);

/*
 * The contexts the kernel calls a registered or stored function in
 * (registers=K:CONTEXT, @entry-field): which depths are at least one on
 * entry, and how a note says it.  Index 0 is a task, which enters none.
 */
enum { ENTRY_PROCESS = 0 };

struct entry_context {
	const char *name;		/* "hardirq", "atomic-notifier" */
	unsigned int dims;		/* bit d: depth d is one on entry */
	enum what what[NR_DIMS];	/* for each of those, what messages call it */
	/* "runs in hard interrupt context", after "is registered here by f() and" */
	const char *runs;
};

/*
 * The depth of dimension @d a callback is entered with when a function
 * entered in @entry passes it at a call reached in the @n states @at_call,
 * to an API that calls it in @api (relative to the API's entry): the
 * lowest depth over the states plus the API's, or the API's if it sets
 * it; @o gets the origin that leads (the API's where it raises the depth
 * from zero).
 */
int kstate_passed_depth(const struct kstate *const *at_call, int n, int d,
			struct range entry, const struct kstate *api, struct origin *o);

/* The context named @s, or -1. */
int entry_context_parse(const char *s);
const struct entry_context *entry_context(int id);
/* The state a function registered in context @id is entered with. */
void entry_context_state(int id, struct kstate *s);
bool entry_context_atomic(int id);

#endif
