/* SPDX-License-Identifier: GPL-2.0 */
/*
 * One copy of each string read from summary files: the link step reads the
 * same file names, function names and note texts in thousands of files.
 */
#ifndef KS_INTERN_H
#define KS_INTERN_H

#include <stddef.h>

/*
 * The copy of the @n bytes at @s (no NUL among them; none needed after
 * them), in the arena: equal strings get the same pointer until
 * arena_free_all().
 */
const char *intern(const char *s, size_t n);

#endif
