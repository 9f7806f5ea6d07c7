// SPDX-License-Identifier: GPL-2.0
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "intern.h"

struct interned {
	struct interned *next;
	unsigned int hash;
	char s[];
};

/* A chained hash table that doubles: linear time in the strings read. */
static struct interned **bucket;
static unsigned int nr_buckets, nr_strings;
/* The arena's generation the strings are in: older ones are gone. */
static unsigned long generation;

static unsigned int hash_mem(const char *s, size_t n)
{
	unsigned int h = 2166136261u;

	while (n--)
		h = (h ^ (unsigned char)*s++) * 16777619u;
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

const char *intern(const char *s, size_t n)
{
	unsigned int h = hash_mem(s, n);
	struct interned *e;

	if (generation != arena_generation() || !bucket) {
		free(bucket);
		bucket = NULL;
		nr_buckets = nr_strings = 0;
		generation = arena_generation();
		rehash(1024);
	}
	for (e = bucket[h & (nr_buckets - 1)]; e; e = e->next)
		if (e->hash == h && !strncmp(e->s, s, n) && !e->s[n])
			return e->s;
	e = arena_alloc(sizeof(*e) + n + 1);
	memcpy(e->s, s, n);
	e->s[n] = 0;
	e->hash = h;
	e->next = bucket[h & (nr_buckets - 1)];
	bucket[h & (nr_buckets - 1)] = e;
	if (++nr_strings > nr_buckets)
		rehash(2 * nr_buckets);
	return e->s;
}
