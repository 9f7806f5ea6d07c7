/* SPDX-License-Identifier: GPL-2.0 */
/*
 * One copy of each string and record read from summary files: the link
 * step reads the same file names, function names, states and summaries in
 * thousands of files.  What is interned is never written again.
 */
#ifndef KS_INTERN_H
#define KS_INTERN_H

#include <stdbool.h>
#include <stddef.h>

/*
 * The copy of the @n bytes at @s (no NUL among them; none needed after
 * them), in the arena: equal strings get the same pointer until
 * arena_free_all().
 */
const char *intern(const char *s, size_t n);
/*
 * The same for @size bytes of records (NULL if none), compared byte for
 * byte: build them in zeroed memory, so that padding compares too.
 */
const void *intern_mem(const void *p, size_t size);

#endif
