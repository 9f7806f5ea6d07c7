/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What a function's summary leaves to the link step.
 *
 * A call to a function defined in another file is a term: the per-file
 * pass takes it to do nothing, numbers it, and every path case remembers
 * which terms it has passed (flow.h).  The link step, which knows what
 * each term does, finishes the function from what is recorded here: the
 * state at each call into another file, the state at each check whose
 * state depends on a term, and the state at each return.  It never needs
 * the C source again.
 */
#ifndef KS_PENDING_H
#define KS_PENDING_H

#include <stdbool.h>

#include "atomic.h"
#include "step.h"
#include "summary.h"

/* Calls into other files tracked per function; later ones do nothing. */
#define MAX_TERMS	64
#define MAX_PENDING_CASES	8
#define MAX_RETS	8

struct term_case {
	struct kstate s;		/* relative to entry, terms counted as 0 */
	unsigned long long must, may;	/* the terms passed */
};

enum point_kind {
	POINT_CALL,	/* a call whose callee's summary the link step has */
	POINT_CHECK,	/* a call to a known primitive, under a state with terms */
};

/* The arguments a summary's value cases can be decided by. */
#define MAX_POINT_ARGS	8

/* What a call passes that the callee's value cases may test. */
struct point_args {
	unsigned long known;		/* bit i: argument i+1 is the constant val[i] */
	long long val[MAX_POINT_ARGS];
	/* The caller's own parameter passed as argument i+1 (from 1), or 0. */
	signed char param[MAX_POINT_ARGS];
	/* The function passed as argument i+1, or NULL; bit i: it is static. */
	const char *fn[MAX_POINT_ARGS];
	unsigned long fn_static;
	/* bit i: argument i+1 is an object's address (&dispose): not NULL */
	unsigned long nonnull;
};

struct point {
	enum point_kind kind;
	int term;			/* POINT_CALL: its bit, or -1 past MAX_TERMS */
	int n;				/* cases */
	bool callee_static;		/* POINT_CALL: a static function of this file */
	bool callee_local;		/* ... whose body here the per-file pass used */
	bool callee_field;		/* ... "TYPE.MEMBER": any function stored there */
	bool reported;			/* the per-file pass warned here already */
	bool last_ref;			/* every case dropped a last reference */
	const char *callee;		/* POINT_CALL: the callee's name */
	const char *display;		/* POINT_CHECK: "msleep()", "kmalloc(GFP_KERNEL)" */
	const struct expect *e;		/* POINT_CHECK: what the primitive accepts */
	struct loc pos;
	const struct step *dropped;	/* last_ref here: the report's note, or NULL */
	/* POINT_CALL: bit K-1: argument K is a constant gfp mask that may block */
	unsigned long blocking_gfp;
	const struct point_args *args;	/* POINT_CALL: NULL when nothing is known */
	const void *site;		/* klint-sparse: the instruction it stands for */
	const struct term_case *c;	/* n of them */
	struct point *next;
};

/*
 * A function's expectation when a caller passes a value that makes a test
 * of its argument false: __mark_inode_dirty(inode, I_DIRTY_PAGES) never
 * reaches ->dirty_inode(), a wait with a timeout of 0 never sleeps.  The
 * link step finishes it over the points the case reaches.
 */
#define MAX_VALUE_CASES	4
struct value_case {
	int arg;			/* from 1; 0 for a field's case */
	/*
	 * The bits of @value are clear in struct @field_type's member
	 * @field_member, wherever the body loads it: a fact of the whole
	 * program, that klint-link decides from every store into it.
	 */
	const char *field_type, *field_member;
	bool mask;			/* the bits of @value are clear; else equal */
	bool set;			/* ... else they are all one */
	bool ne;			/* ... else it differs from @value (not NULL) */
	long long value;
	struct expect expect;
	/* Bit k: point k is reached in this case; points past 64 always are. */
	unsigned long long live;
};

/* Whether point @k of a function is reached in case @vc (NULL: any case). */
static inline bool value_case_live(const struct value_case *vc, int k)
{
	return !vc || k >= 64 || (vc->live & (1ULL << k));
}

/*
 * What a function with @n value cases @vc, otherwise @base, accepts from a
 * call passing @args, made by a caller being finished for its own case
 * @in (or NULL): the most permissive case the arguments decide.
 */
const struct expect *value_case_expect(const struct value_case *vc, int n,
				       const struct expect *base,
				       const struct point_args *args,
				       const struct value_case *in);

struct ret_case {
	unsigned int classes;		/* 1 << ret_class for each it may return */
	struct term_case tc;
};

struct pending {
	struct point *points, **tail;
	int nr_rets;
	struct ret_case rets[MAX_RETS];
	bool rets_open;			/* some return has passed a term */
};

/* Appends a point: the link step reports in the order they were met. */
struct point *pending_point_new(struct pending *p, enum point_kind kind, struct loc pos);
/* Past MAX_RETS, returns fold into the one with the same classes or the last. */
void pending_add_ret(struct pending *p, unsigned int classes, const struct term_case *tc);
/* Whether the link step has anything to finish: a term reaches a point or a return. */
bool pending_open(const struct pending *p);

#endif
