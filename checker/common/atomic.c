// SPDX-License-Identifier: GPL-2.0
#include <string.h>

#include "atomic.h"

const char *const dim_names[NR_DIMS] = {
	[DIM_PREEMPT] = "preempt",
	[DIM_SOFTIRQ] = "softirq",
	[DIM_HARDIRQ] = "hardirq",
	[DIM_IRQ] = "irq",
	[DIM_NOFAULT] = "pagefault",
};

static const struct {
	const char *name, *state, *action;
} whats[NR_WHATS] = {
	[WHAT_NONE] = { "none", "in atomic context", "enters atomic context" },
	[WHAT_SPINLOCK] = { "spinlock", "a spinlock is held", "acquires a spinlock" },
	[WHAT_RWLOCK] = { "rwlock", "an rwlock is held", "acquires an rwlock" },
	[WHAT_RCU] = { "rcu", "inside an RCU read-side critical section",
		       "enters an RCU read-side critical section" },
	[WHAT_PREEMPT] = { "preempt", "preemption is disabled", "disables preemption" },
	[WHAT_IRQ] = { "irq", "interrupts are disabled", "disables interrupts" },
	[WHAT_BH] = { "bh", "bottom halves are disabled", "disables bottom halves" },
	[WHAT_HARDIRQ] = { "hardirq", "in hard interrupt context",
			   "enters hard interrupt context" },
	[WHAT_SOFTIRQ] = { "softirq", "in softirq context", "enters softirq context" },
	[WHAT_KMAP] = { "kmap", "an atomic kmap is held", "maps a page atomically" },
	[WHAT_NOFAULT] = { "nofault", "page faults are disabled", "disables page faults" },
};

const char *what_name(enum what what)
{
	return whats[what].name;
}

int dim_parse(const char *s)
{
	int d;

	for (d = 0; d < NR_DIMS; d++)
		if (!strcmp(s, dim_names[d]))
			return d;
	return -1;
}

int what_parse(const char *s, enum what *what)
{
	int i;

	for (i = 0; i < NR_WHATS; i++) {
		if (!strcmp(s, whats[i].name)) {
			*what = i;
			return 0;
		}
	}
	return -1;
}

enum what what_default(enum dim d)
{
	switch (d) {
	case DIM_PREEMPT:
		return WHAT_PREEMPT;
	case DIM_SOFTIRQ:
		return WHAT_BH;
	case DIM_HARDIRQ:
		return WHAT_HARDIRQ;
	case DIM_NOFAULT:
		return WHAT_NOFAULT;
	default:
		return WHAT_IRQ;
	}
}

const char *what_state(enum what what)
{
	return whats[what].state;
}

const char *what_action(enum what what)
{
	return whats[what].action;
}

void kstate_zero(struct kstate *s)
{
	int d;

	memset(s, 0, sizeof(*s));
	for (d = 0; d < NR_DIMS; d++)
		s->r[d] = range_point(0);
}

struct range kstate_at(const struct kstate *s, int d, struct range entry)
{
	return kstate_abs(s, d) ? s->r[d] : range_add(s->r[d], entry);
}

bool kstate_eq(const struct kstate *a, const struct kstate *b)
{
	int d;

	if (a->abs != b->abs)
		return false;
	for (d = 0; d < NR_DIMS; d++)
		if (!range_eq(a->r[d], b->r[d]))
			return false;
	return true;
}

/* Keep the origin of the path that is more atomic: that is the one to blame. */
static void join_origin(struct kstate *into, const struct kstate *from, int d)
{
	if (!into->origin[d].where ||
	    (from->origin[d].where && from->r[d].hi > into->r[d].hi))
		into->origin[d] = from->origin[d];
}

/* A dimension absolute in one and relative in the other: both made absolute. */
static struct range as_from(struct kstate *into, const struct kstate *from, int d)
{
	if (kstate_abs(into, d) == kstate_abs(from, d))
		return from->r[d];
	if (!kstate_abs(into, d)) {
		into->r[d] = kstate_at(into, d, IRQ_ENTRY);
		into->abs |= 1U << d;
	}
	return kstate_at(from, d, IRQ_ENTRY);
}

void kstate_join(struct kstate *into, const struct kstate *from)
{
	int d;

	for (d = 0; d < NR_DIMS; d++) {
		struct range r = as_from(into, from, d);

		join_origin(into, from, d);
		into->r[d] = range_join(into->r[d], r);
	}
}

void kstate_widen(struct kstate *into, const struct kstate *from)
{
	int d;

	for (d = 0; d < NR_DIMS; d++) {
		struct range r = as_from(into, from, d);

		join_origin(into, from, d);
		into->r[d] = range_widen(into->r[d], r);
	}
}

/* Dimension @d of @s set to the absolute values @set (see kstate_apply()). */
static void set_abs(struct kstate *s, int d, struct range set)
{
	struct kstate on = *s, off = *s;
	bool has_on = set.hi >= 1, has_off = set.lo <= 0;

	if (s->r[d].lo < 1) {
		on.r[d] = range_point(1);
		on.abs |= 1U << d;
	}
	off.r[d] = range_point(0);
	off.abs |= 1U << d;
	if (has_on && has_off) {
		kstate_join(&on, &off);
		*s = on;
	} else {
		*s = has_on ? on : off;
	}
}

void kstate_apply(struct kstate *s, const struct kstate *delta)
{
	int d;

	for (d = 0; d < NR_DIMS; d++) {
		struct range dr = delta->r[d];
		bool was_atomic = s->r[d].hi > 0 && s->origin[d].where;

		if (kstate_abs(delta, d)) {
			set_abs(s, d, dr);
		} else {
			s->r[d] = range_add(s->r[d], dr);
			/* A restore after an enable cannot make it less than off. */
			if (kstate_abs(s, d) && s->r[d].lo < 0)
				s->r[d] = range_join(range_point(0),
						     range_meet(s->r[d], (struct range){ 0, RANGE_INF }));
		}
		if (dr.hi > 0 && delta->origin[d].where && !was_atomic)
			s->origin[d] = delta->origin[d];
		else if (range_eq(s->r[d], range_point(0)))
			s->origin[d] = (struct origin){ 0 };
	}
}

/*
 * A depth of one for each kind of atomicity the kernel holds around the
 * call.  Interrupts-off is the absolute flag (an IPI handler cannot turn
 * it on by an unbalanced enable of its own making it safe to sleep).
 */
#define P (1U << DIM_PREEMPT)
#define S (1U << DIM_SOFTIRQ)
#define H (1U << DIM_HARDIRQ)
#define I (1U << DIM_IRQ)
static const struct entry_context contexts[] = {
	{ "process", 0, { WHAT_NONE }, "runs in a task, where it may sleep" },
	{ "hardirq", H, { [DIM_HARDIRQ] = WHAT_HARDIRQ }, "runs in hard interrupt context" },
	{ "hardirq-irqoff", H | I, { [DIM_HARDIRQ] = WHAT_HARDIRQ, [DIM_IRQ] = WHAT_IRQ },
	  "runs in hard interrupt context with interrupts disabled" },
	{ "softirq", S, { [DIM_SOFTIRQ] = WHAT_SOFTIRQ }, "runs in softirq context" },
	/* in_interrupt(): a hard interrupt or a softirq, the weaker of the two */
	{ "interrupt", S, { [DIM_SOFTIRQ] = WHAT_SOFTIRQ }, "runs in interrupt context" },
	{ "bh", S, { [DIM_SOFTIRQ] = WHAT_BH }, "runs with bottom halves disabled" },
	{ "ipi", H | I, { [DIM_HARDIRQ] = WHAT_HARDIRQ, [DIM_IRQ] = WHAT_IRQ },
	  "runs in hard interrupt context (a cross-CPU call) with interrupts disabled" },
	{ "nmi", H | I, { [DIM_HARDIRQ] = WHAT_HARDIRQ, [DIM_IRQ] = WHAT_IRQ },
	  "runs in NMI context" },
	{ "irqoff", I, { [DIM_IRQ] = WHAT_IRQ }, "runs with interrupts disabled" },
	{ "stop-machine", P | I, { [DIM_PREEMPT] = WHAT_PREEMPT, [DIM_IRQ] = WHAT_IRQ },
	  "runs in a CPU stopper with interrupts disabled on every CPU" },
	{ "preempt", P, { [DIM_PREEMPT] = WHAT_PREEMPT }, "runs with preemption disabled" },
	/* documented "must not sleep", with no lock named */
	{ "atomic", P, { [DIM_PREEMPT] = WHAT_NONE }, "must not sleep" },
	{ "rcu", P, { [DIM_PREEMPT] = WHAT_RCU }, "runs under rcu_read_lock()" },
	{ "atomic-notifier", P, { [DIM_PREEMPT] = WHAT_RCU },
	  "runs on an atomic notifier chain; atomic chains call their blocks under rcu_read_lock()" },
	{ "spinlock", P, { [DIM_PREEMPT] = WHAT_SPINLOCK }, "runs with a spinlock held" },
	{ "spinlock-irq", P | I, { [DIM_PREEMPT] = WHAT_SPINLOCK, [DIM_IRQ] = WHAT_IRQ },
	  "runs with a spinlock held and interrupts disabled" },
	{ "spinlock-bh", P | S, { [DIM_PREEMPT] = WHAT_SPINLOCK, [DIM_SOFTIRQ] = WHAT_BH },
	  "runs with a spinlock held and bottom halves disabled" },
};
#undef P
#undef S
#undef H
#undef I
#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))
#define NR_CONTEXTS	((int)ARRAY_SIZE(contexts))

int entry_context_parse(const char *s)
{
	int i;

	for (i = 0; i < NR_CONTEXTS; i++)
		if (!strcmp(s, contexts[i].name))
			return i;
	return -1;
}

const struct entry_context *entry_context(int id)
{
	return &contexts[id];
}

void entry_context_state(int id, struct kstate *s)
{
	int d;

	kstate_zero(s);
	for (d = 0; d < NR_DIMS; d++) {
		if (!(contexts[id].dims & (1U << d)))
			continue;
		s->r[d] = range_point(1);
		if (KSTATE_ABS_DIMS & (1U << d))
			s->abs |= 1U << d;
	}
}

bool entry_context_atomic(int id)
{
	return contexts[id].dims != 0;
}

int kstate_passed_depth(const struct kstate *const *at_call, int n, int d,
			struct range entry, const struct kstate *api, struct origin *o)
{
	int lo = n ? kstate_at(at_call[0], d, entry).lo : 0, i;

	for (i = 0; i < n; i++) {
		struct range r = kstate_at(at_call[i], d, entry);

		if (r.lo <= lo) {
			lo = r.lo;
			if (at_call[i]->origin[d].where)
				*o = at_call[i]->origin[d];
		}
	}
	if (lo < 0)
		lo = 0;
	if (kstate_abs(api, d)) {
		lo = api->r[d].lo;
		*o = api->origin[d];
	} else if (api->r[d].lo > 0) {
		if (lo <= 0)
			*o = api->origin[d];
		lo += api->r[d].lo;
	}
	return lo;
}
