/* SPDX-License-Identifier: GPL-2.0 */
/*
 * One translation unit: its functions, their call graph, and the order in
 * which summaries are computed.
 */
#ifndef KS_UNIT_H
#define KS_UNIT_H

struct symbol_list;

/* Linearizes, analyses and reports the functions of one file. */
void unit_check(struct symbol_list *syms);
/* The functions unit_check() just analysed, callees first. */
struct func **unit_funcs(int *n);
/* The stores of functions into struct fields unit_check() found. */
struct field_store;
const struct field_store *unit_field_stores(int *n);

#endif
