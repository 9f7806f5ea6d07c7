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

struct lfn {
	struct fn_record *rec;
	const struct unit_record *unit;
	struct summary sum;		/* the final one, once solved */
	struct expect gfp_expect;	/* ... and its gfp case (fn_record) */
	struct value_case *cases;	/* ... and its value cases, as rec's */
	int nr_pt;
	const struct point **pt;	/* the record's points, in order */
	struct lfn **callee;		/* per point: the definition it reaches */
	struct lfn **base;		/* per point: the body the per-file pass applied */
	const struct field_target **targets;	/* per point through a field */
	struct origin *from;		/* per point and dim: the callee's origin ... */
	const struct step **via;	/* ... and the step of the call made of it */
	int term_pt[MAX_TERMS];		/* the point of each term, or -1 */
	/*
	 * While recompute() runs: what its terms did, on its stack.  Reached
	 * through the function so that every check of a point sees it.
	 */
	const struct moved_terms *moved;
	struct lfn **callers;
	int nr_callers, max_callers;
	bool queued;
	bool shadowed;			/* another definition of the name wins */
	bool chosen;			/* its name's definitions are ranked */
	bool compiled_out;		/* not in the linked images given */
	int unbalanced_dim;		/* its return paths disagree in it, or -1 */
	struct range unbalanced;	/* ... the values at return */
	struct origin unbalanced_origin;
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
	struct name_table globals, statics;
	struct field_entry **fields;	/* FIELD_BUCKETS of them */
	const struct elf_symbols *elf, *linked;
	struct bits_table *bits;	/* link-bits.c */
	struct wrapped_registration *wrapped;	/* link-wrappers.c */
	int problems;
	bool unresolved_may_sleep;	/* link_set_unresolved_may_sleep() */
};

#endif
