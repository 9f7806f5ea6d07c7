// SPDX-License-Identifier: GPL-2.0
#include <string.h>

#include "arena.h"
#include "db.h"
#include "record.h"

#define DB_BITS		15

static struct fn_record **bucket;

static unsigned int hash_name(const char *s, int len)
{
	unsigned int h = 2166136261u;

	while (len--)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h & ((1u << DB_BITS) - 1);
}

/* Chains reuse the records' next: a database is only ever looked up. */
bool db_load(const char *path)
{
	struct unit_record *u = record_read(path);
	struct fn_record *f, *next;

	if (!u)
		return false;
	if (!bucket)
		bucket = ks_calloc(1u << DB_BITS, sizeof(*bucket));
	for (f = u->fns; f; f = next) {
		unsigned int h = hash_name(f->name, strlen(f->name));

		next = f->next;
		if (f->is_static)
			continue;
		/* The first database given wins, as with -I. */
		if (db_lookup(f->name, strlen(f->name)))
			continue;
		f->next = bucket[h];
		bucket[h] = f;
	}
	arena_keep();
	return true;
}

const struct fn_record *db_lookup(const char *name, int len)
{
	const struct fn_record *f;

	if (!bucket)
		return NULL;
	for (f = bucket[hash_name(name, len)]; f; f = f->next)
		if (!strncmp(f->name, name, len) && !f->name[len])
			return f;
	return NULL;
}
