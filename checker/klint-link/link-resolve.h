/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Which definition each call of the link step's graph reaches: the names
 * ranked as the real link ranked them (link-resolve.c).
 */
#ifndef KS_LINK_RESOLVE_H
#define KS_LINK_RESOLVE_H

#include <stdbool.h>

struct link;
struct lfn;

/* The definition @name has for code of @unit, once names are ranked. */
struct lfn *link_lookup(const struct link *l, const char *name, bool is_static,
			const char *unit);
/* Chooses each global name's definition and resolves every call. */
void link_resolve(struct link *l);

#endif
