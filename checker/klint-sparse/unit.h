/* SPDX-License-Identifier: GPL-2.0 */
/*
 * One translation unit: its functions, their call graph, and the order in
 * which summaries are computed.
 */
#ifndef KS_UNIT_H
#define KS_UNIT_H

#include "field-bits.h"
#include "func.h"

struct field_store;
struct symbol_list;

/*
 * What unit_check() finds of one file, kept for its summary file; its
 * arrays are reused from one file to the next.
 */
struct unit {
	struct func_table table;	/* callees first */
	/* The stores of functions into struct fields: read once, used thrice. */
	struct field_store *stores;
	int nr_stores, max_stores;
	/* What its stores may set in integer fields, for the link step. */
	struct field_bits_set bits;
	/* Tarjan's walk of the call graph */
	struct func **stack;
	int nr_stack, max_stack, next_index, nr_sccs;
};

/* Linearizes, analyses and reports the functions of one file. */
void unit_check(struct unit *u, struct symbol_list *syms);

#endif
