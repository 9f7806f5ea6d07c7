/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Indirect calls through struct fields: ops->op() may reach every
 * function this file (or, at the link step, any file) stores in that
 * field of that struct type.
 */
#ifndef KS_INDIRECT_H
#define KS_INDIRECT_H

#include <stdbool.h>

#include "linearize.h"

struct func;
struct symbol_list;

/* Collects the stores of this file's functions into struct fields. */
void indirect_scan(struct symbol_list *syms);
/* The struct field @insn calls through, if it is one: "sample_ops", "op". */
bool indirect_field(struct instruction *insn, const char **type, const char **member);

/* One function of this file stored in a field, and where. */
struct candidate {
	struct func *fn;
	struct position pos;
	struct candidate *next;
};

/* The functions of this file stored in @type's @member. */
const struct candidate *indirect_candidates(const char *type, const char *member);

#endif
