// SPDX-License-Identifier: GPL-2.0
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "error.h"

#define CHUNK_SIZE	(64 * 1024)

struct chunk {
	struct chunk *next;
	size_t used, size;
	char data[];
};

static struct chunk *chunks, *kept;
static unsigned long generation;

static void out_of_memory(void)
{
	error_fatal("out of memory");
}

void *ks_malloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (!p)
		out_of_memory();
	return p;
}

void *ks_calloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		out_of_memory();
	return p;
}

void ks_grow(void *array, int *max, int n, size_t size)
{
	void **p = array;

	if (n < *max)
		return;
	*max = *max ? 2 * *max : 16;
	if (*max <= n)
		*max = n + 1;
	*p = realloc(*p, *max * size);
	if (!*p)
		out_of_memory();
}

char *ks_strdup(const char *s)
{
	char *p = strdup(s);

	if (!p)
		out_of_memory();
	return p;
}

void *arena_alloc(size_t size)
{
	struct chunk *c = chunks;
	void *p;

	/* A chunk's data is 8-aligned: so is what it gives, no more. */
	size = (size + 7) & ~(size_t)7;
	if (!c || c->used + size > c->size) {
		size_t want = size > CHUNK_SIZE ? size : CHUNK_SIZE;

		c = ks_malloc(sizeof(*c) + want);
		c->size = want;
		c->used = 0;
		c->next = chunks;
		chunks = c;
	}
	p = c->data + c->used;
	c->used += size;
	memset(p, 0, size);
	return p;
}

char *arena_vprintf(const char *fmt, va_list ap)
{
	va_list again;
	char buf[256], *p;
	int n;

	/* Most texts fit: formatted once. */
	va_copy(again, ap);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	p = arena_alloc(n + 1);
	if (n < (int)sizeof(buf))
		memcpy(p, buf, n + 1);
	else
		vsnprintf(p, n + 1, fmt, again);
	va_end(again);
	return p;
}

char *arena_printf(const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = arena_vprintf(fmt, ap);
	va_end(ap);
	return p;
}

void arena_free_all(void)
{
	while (chunks) {
		struct chunk *next = chunks->next;

		free(chunks);
		chunks = next;
	}
	generation++;
}

unsigned long arena_generation(void)
{
	return generation;
}

void arena_keep(void)
{
	struct chunk *last;

	if (!chunks)
		return;
	for (last = chunks; last->next; last = last->next)
		;
	last->next = kept;
	kept = chunks;
	chunks = NULL;
}
