/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Memory that lives as long as one checked file: summaries, chains and
 * message texts point into each other freely and are dropped together.
 */
#ifndef KS_ARENA_H
#define KS_ARENA_H

#include <stdarg.h>
#include <stddef.h>

void *arena_alloc(size_t size);
char *arena_vprintf(const char *fmt, va_list ap) __attribute__((nonnull(1)));
char *arena_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void arena_free_all(void);
/* Counts arena_free_all() calls: what points into the arena is stale past one. */
unsigned long arena_generation(void);
/* What is allocated so far lives for the whole run: a loaded database. */
void arena_keep(void);

/* For the whole run: the tables, the options. Exits on failure. */
void *ks_malloc(size_t size);
void *ks_calloc(size_t n, size_t size);
char *ks_strdup(const char *s);
/*
 * Makes room for element @n in *@array, a malloc'ed array of *@max
 * elements of @size bytes, doubling it when full.
 */
void ks_grow(void *array, int *max, int n, size_t size);

#endif
