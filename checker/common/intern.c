// SPDX-License-Identifier: GPL-2.0
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "intern.h"

struct interned {
	struct interned *next;
	unsigned int hash;
	unsigned int size;
	char data[];			/* 8-aligned, as arena_alloc() gives */
};

/* A chained hash table that doubles: linear time in what is read. */
static struct interned **bucket;
static unsigned int nr_buckets, nr_entries;
/* The arena's generation the entries are in: older ones are gone. */
static unsigned long generation;

static unsigned int hash_mem(const void *p, size_t n)
{
	const unsigned char *s = p;
	unsigned int h = 2166136261u;

	while (n--)
		h = (h ^ *s++) * 16777619u;
	return h;
}

static void rehash(unsigned int size)
{
	struct interned **old = bucket, *e, *next;
	unsigned int i, n = nr_buckets;

	bucket = ks_calloc(size, sizeof(*bucket));
	nr_buckets = size;
	for (i = 0; i < n; i++) {
		for (e = old[i]; e; e = next) {
			next = e->next;
			e->next = bucket[e->hash & (size - 1)];
			bucket[e->hash & (size - 1)] = e;
		}
	}
	free(old);
}

/* The entry of the @n bytes at @p, followed by a NUL if @nul. */
static const void *lookup(const void *p, size_t n, bool nul)
{
	unsigned int h = hash_mem(p, n), size = n + nul;
	struct interned *e;

	if (generation != arena_generation() || !bucket) {
		free(bucket);
		bucket = NULL;
		nr_buckets = nr_entries = 0;
		generation = arena_generation();
		rehash(1024);
	}
	for (e = bucket[h & (nr_buckets - 1)]; e; e = e->next)
		if (e->hash == h && e->size == size && !memcmp(e->data, p, n) &&
		    (!nul || !e->data[n]))
			return e->data;
	e = arena_alloc(sizeof(*e) + size);	/* zeroed: the NUL is there */
	memcpy(e->data, p, n);
	e->hash = h;
	e->size = size;
	e->next = bucket[h & (nr_buckets - 1)];
	bucket[h & (nr_buckets - 1)] = e;
	if (++nr_entries > nr_buckets)
		rehash(2 * nr_buckets);
	return e->data;
}

const char *intern(const char *s, size_t n)
{
	return lookup(s, n, true);
}

const void *intern_mem(const void *p, size_t size)
{
	return size ? lookup(p, size, false) : NULL;
}
