/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The link step's call graph: one node a function definition, its pending
 * points resolved to the definitions they reach.
 */
#ifndef KS_LINK_GRAPH_H
#define KS_LINK_GRAPH_H

#include <stdbool.h>

#include "record.h"

struct bits_table;
struct elf_symbols;
struct moved_terms;
struct wrapped_registration;

/*
 * A step made for point @k of a function out of what its callee says
 * (the chain @from, and a kind @how): the fixed point would make it again
 * on every round, so it is kept while the callee says the same.  @tag
 * says which step of the point (link.c).
 */
struct made_step {
	int k, tag;
	int how;
	const struct step *from;
	const struct step *step;
	struct made_step *next;
};

struct lfn {
	struct fn_record *rec;
	const struct unit_record *unit;
	/*
	 * The final summary and gfp case, once solved: the record's until the
	 * fixed point changes them, then the node's own (@solved, @gfp_solved).
	 */
	const struct summary *sum;
	const struct expect *gfp_expect;
	struct summary *solved;
	struct expect *gfp_solved;
	struct value_case *cases;	/* ... and its value cases, as rec's */
	int nr_pt;
	const struct point **pt;	/* the record's points, in order */
	struct lfn **callee;		/* per point: the definition it reaches */
	struct lfn **base;		/* per point: the body the per-file pass applied */
	const struct field_target **targets;	/* per point through a field */
	struct made_step *made;		/* the few steps its points needed */
	/*
	 * While recompute() runs: what its terms did, on its stack.  Reached
	 * through the function so that every check of a point sees it.
	 */
	const struct moved_terms *moved;
	struct lfn **callers;		/* in link.callers */
	int nr_callers;
	bool queued;
	bool shadowed;			/* another definition of the name wins */
	bool chosen;			/* its name's definitions are ranked */
	bool compiled_out;		/* not in the linked images given */
	int rounds;
	struct lfn *hash_next;
};

/* A function stored in a struct field: a target of calls through it. */
struct field_target {
	struct lfn *fn;
	struct loc pos;
	const struct unit_record *by;	/* the file that stores it */
	const struct field_target *next;
};

/* Struct fields by "TYPE.MEMBER", each with the functions stored in it. */
struct field_entry {
	const char *key;
	struct field_target *first;
	struct field_entry *next;
};

struct name_table {
	struct lfn **bucket;
	unsigned int mask;
};

struct link {
	struct unit_record *units, **tail;
	struct lfn **fns;
	int nr_fns, max_fns;
	struct lfn **work;
	int nr_work;
	/* Sized when the names are resolved, to the functions read. */
	struct name_table globals, statics;
	struct lfn **callers;		/* every function's callers, one after another */
	/* Struct fields by key, sized when resolved to the stores read. */
	struct field_entry **fields;
	unsigned int field_mask;
	const struct elf_symbols *elf, *linked;
	struct bits_table *bits;	/* link-bits.c */
	struct wrapped_registration *wrapped;	/* link-wrappers.c */
	int problems;
	bool unresolved_may_sleep;	/* link_set_unresolved_may_sleep() */
};

#endif
