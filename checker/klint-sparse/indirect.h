/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Indirect calls through struct fields: ops->op() may reach every
 * function this file (or, at the link step, any file) stores in that
 * field of that struct type.
 */
#ifndef KS_INDIRECT_H
#define KS_INDIRECT_H

#include <stdbool.h>

#include <sparse/linearize.h>

struct field_store;
struct func;

/* Takes the @n stores of this file's functions into struct fields. */
void indirect_scan(const struct field_store *stores, int n);
/*
 * The struct field @insn calls through, if it is one: "sample_ops", "op",
 * and the type's key, its name and defining file: two drivers' struct
 * e1000_mac_operations are two types.
 */
bool indirect_field(struct instruction *insn, const char **type, const char **key,
		    const char **member);
/* "NAME@FILE": a struct type told apart from others of the same name. */
const char *indirect_type_key(const char *type, struct position pos);

/* One function of this file stored in a field, and where. */
struct candidate {
	struct func *fn;
	struct position pos;
	struct candidate *next;
};

/* The functions of this file stored in @member of the type keyed @type. */
const struct candidate *indirect_candidates(const char *type, const char *member);

#endif
