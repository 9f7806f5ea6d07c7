// SPDX-License-Identifier: GPL-2.0
/*
 * Which definition each call reaches.  A static name is looked up in its
 * own file.  A global name may have several summaries: a weak default and
 * the strong definition that overrides it, a file compiled into two
 * modules, a database entry for a function a summary file now has.  The
 * objects the build produced, when given, say which one the real link
 * used; without them the first summary file wins and a differing second
 * is reported.
 */
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "elf-symbols.h"
#include "error.h"
#include "intern.h"
#include "link-bits.h"
#include "link-graph.h"
#include "link-resolve.h"


static unsigned int hash_str(const char *a, const char *b)
{
	unsigned int h = 2166136261u;

	for (; *a; a++)
		h = (h ^ (unsigned char)*a) * 16777619u;
	for (; b && *b; b++)
		h = (h ^ (unsigned char)*b) * 16777619u;
	return h;
}

/* A power of two of at least @n buckets: chains stay short at any size. */
static unsigned int table_size(unsigned int n)
{
	unsigned int size = 1024;

	while (size < n)
		size *= 2;
	return size;
}

/* Statics are keyed by file and name, globals by name. */
static unsigned int key_of(const struct lfn *f)
{
	return hash_str(f->rec->name, f->rec->is_static ? f->rec->unit : NULL);
}

static void table_add(struct name_table *t, struct lfn *f)
{
	struct lfn **p = &t->bucket[key_of(f) & t->mask];

	/* At the end: the first definition read is the default winner. */
	while (*p)
		p = &(*p)->hash_next;
	f->hash_next = NULL;
	*p = f;
}

/* The first definition of @name (in @unit, for a static). */
static struct lfn *table_find(const struct name_table *t, const char *name,
			      const char *unit)
{
	struct lfn *f = t->bucket[hash_str(name, unit) & t->mask];

	for (; f; f = f->hash_next)
		if (!strcmp(f->rec->name, name) && (!unit || !strcmp(f->rec->unit, unit)))
			return f;
	return NULL;
}

struct link *link_new(void)
{
	struct link *l = ks_calloc(1, sizeof(*l));

	l->tail = &l->units;
	return l;
}

/* The nodes are in the arena; only the arrays and tables are malloc'ed. */
void link_free(struct link *l)
{
	if (!l)
		return;
	free(l->callers);
	free(l->fns);
	free(l->work);
	free(l->globals.bucket);
	free(l->statics.bucket);
	free(l->fields);
	free(l);
}

void link_use_elf(struct link *l, const struct elf_symbols *objects,
		  const struct elf_symbols *linked)
{
	l->elf = objects;
	l->linked = linked;
}

static void add_fn(struct link *l, struct fn_record *rec, const struct unit_record *u)
{
	struct lfn *f = arena_alloc(sizeof(*f));
	const struct point *pt;
	int k;

	f->rec = rec;
	f->unit = u;
	f->sum = rec->sum;
	f->gfp_expect = rec->gfp_expect;
	if (rec->nr_cases) {
		f->cases = arena_alloc(rec->nr_cases * sizeof(*f->cases));
		memcpy(f->cases, rec->cases, rec->nr_cases * sizeof(*f->cases));
	}
	for (pt = rec->points; pt; pt = pt->next)
		f->nr_pt++;
	if (f->nr_pt) {
		f->pt = arena_alloc(f->nr_pt * sizeof(*f->pt));
		f->callee = arena_alloc(f->nr_pt * sizeof(*f->callee));
		f->base = arena_alloc(f->nr_pt * sizeof(*f->base));
		f->targets = arena_alloc(f->nr_pt * sizeof(*f->targets));
	}
	for (k = 0, pt = rec->points; pt; pt = pt->next, k++)
		f->pt[k] = pt;
	ks_grow(&l->fns, &l->max_fns, l->nr_fns, sizeof(*l->fns));
	l->fns[l->nr_fns++] = f;
}

void link_add_unit(struct link *l, struct unit_record *u)
{
	struct fn_record *r;

	u->next = NULL;
	*l->tail = u;
	l->tail = &u->next;
	for (r = u->fns; r; r = r->next)
		add_fn(l, r, u);
}

/* The object a summary file describes: NAME.o for NAME.o.klint. */
static bool same_object(const char *summary, const char *object)
{
	size_t n = strlen(object);

	return !strncmp(summary, object, n) && !strcmp(summary + n, ".klint");
}

/* How the real link bound @f's name in @f's own object, if it was given. */
static const struct elf_func *elf_def(const struct link *l, const struct lfn *f)
{
	const struct elf_func *e;

	if (!l->elf || !f->unit->path)
		return NULL;
	for (e = elf_symbols_lookup(l->elf, f->rec->name); e; e = e->next)
		if (e->bind != ELF_BIND_LOCAL && same_object(f->unit->path, e->object))
			return e;
	return NULL;
}

/* Lower is preferred: linked in, a summary over a database, strong over weak. */
static int rank(const struct link *l, const struct lfn *f)
{
	const struct elf_func *e = elf_def(l, f);

	return (f->compiled_out ? 4 : 0) + (f->unit->database ? 2 : 0) +
	       (e && e->bind == ELF_BIND_WEAK ? 1 : 0);
}

static bool same_name(const struct lfn *a, const struct lfn *b)
{
	return !strcmp(a->rec->name, b->rec->name);
}

/* Built-in code and each module link apart: a name is chosen in each. */
static bool same_space(const struct lfn *a, const struct lfn *b)
{
	const char *ma = a->unit->module, *mb = b->unit->module;

	return ma == mb || (ma && mb && !strcmp(ma, mb));
}

/* Ranks the definitions of @first's name in @first's name space. */
static void choose(struct link *l, struct lfn *first)
{
	struct lfn *f, *best = first;

	for (f = first->hash_next; f; f = f->hash_next)
		if (!f->chosen && same_name(f, first) && same_space(f, first) &&
		    rank(l, f) < rank(l, best))
			best = f;
	for (f = first; f; f = f->hash_next) {
		if (f->chosen || !same_name(f, first) || !same_space(f, first))
			continue;
		f->chosen = true;
		if (f == best)
			continue;
		f->shadowed = true;
		if (rank(l, f) != rank(l, best) || summary_eq(f->rec->sum, best->rec->sum))
			continue;
		error_warning("two summaries for %s(): %s (%s:%d) and %s (%s:%d); using the first",
			      best->rec->name, best->unit->path, best->rec->pos.file,
			      best->rec->pos.line, f->unit->path, f->rec->pos.file,
			      f->rec->pos.line);
	}
}

/*
 * The definition a call from @caller reaches: in the caller's own module
 * first, then built in, then in any module (an exported function).
 */
static struct lfn *find_global(const struct link *l, const char *name,
			       const struct lfn *caller)
{
	struct lfn *f = l->globals.bucket[hash_str(name, NULL) & l->globals.mask];
	struct lfn *builtin = NULL, *other = NULL;

	for (; f; f = f->hash_next) {
		if (f->shadowed || strcmp(f->rec->name, name))
			continue;
		if (same_space(f, caller))
			return f;
		if (!f->unit->module && !builtin)
			builtin = f;
		else if (!other)
			other = f;
	}
	return builtin ? builtin : other;
}

static struct field_entry *field_entry(struct link *l, const char *key, bool add)
{
	struct field_entry **p = &l->fields[hash_str(key, NULL) & l->field_mask], *e;

	for (e = *p; e; e = e->next)
		if (!strcmp(e->key, key))
			return e;
	if (!add)
		return NULL;
	e = arena_alloc(sizeof(*e));
	e->key = intern(key, strlen(key));
	e->next = *p;
	*p = e;
	return e;
}

/* The definition a global name has once ranked, whoever calls it. */
static struct lfn *any_global(const struct link *l, const char *name)
{
	struct lfn *f = l->globals.bucket[hash_str(name, NULL) & l->globals.mask];

	for (; f; f = f->hash_next)
		if (!f->shadowed && !strcmp(f->rec->name, name))
			return f;
	return NULL;
}

struct lfn *link_lookup(const struct link *l, const char *name, bool is_static,
			const char *unit)
{
	return is_static ? table_find(&l->statics, name, unit) : any_global(l, name);
}

/* Every function each struct field is given, in any file. */
static void collect_fields(struct link *l)
{
	const struct unit_record *u;
	const struct field_record *fr;
	unsigned int n = 0;
	char *key = NULL;
	int max_key = 0;

	for (u = l->units; u; u = u->next)
		for (fr = u->fields; fr; fr = fr->next)
			n++;
	l->field_mask = table_size(n) - 1;
	l->fields = ks_calloc(l->field_mask + 1, sizeof(*l->fields));
	for (u = l->units; u; u = u->next) {
		for (fr = u->fields; fr; fr = fr->next) {
			struct lfn *g = link_lookup(l, fr->fn, fr->fn_static, u->unit);
			int len = strlen(fr->type) + 1 + strlen(fr->member);
			struct field_entry *e;
			struct field_target *t, *last = NULL;

			if (!g)
				continue;
			ks_grow(&key, &max_key, len, 1);
			sprintf(key, "%s.%s", fr->type, fr->member);
			e = field_entry(l, key, true);
			for (t = e->first; t && t->fn != g; t = (struct field_target *)t->next)
				last = t;
			if (t)
				continue;
			t = arena_alloc(sizeof(*t));
			t->fn = g;
			t->pos = fr->pos;
			t->by = u;
			t->next = NULL;
			/* In input order: a report names the first ones. */
			if (last)
				last->next = t;
			else
				e->first = t;
		}
	}
	free(key);
}

/*
 * Code that links together and is one author's: the same module, or,
 * built in, the same object.  Not the same directory: arch/x86/kernel/
 * x86_init.c stores the defaults of x86_platform_ops that reboot.c calls
 * through, and the IOMMU drivers that replace them are elsewhere.
 */
static bool same_code(const struct unit_record *a, const struct unit_record *b)
{
	if (a->module || b->module)
		return a->module && b->module && !strcmp(a->module, b->module);
	return a == b;
}

/*
 * The targets of a call through a field from @f: those its own code
 * stores there when it stores any, for a driver calls its own
 * operations; otherwise every function any file stores there.
 */
static const struct field_target *own_targets(const struct lfn *f,
					       const struct field_target *all)
{
	const struct field_target *t, *own = NULL, **tail = &own;

	for (t = all; t; t = t->next) {
		struct field_target *c;

		if (!same_code(f->unit, t->by))
			continue;
		c = arena_alloc(sizeof(*c));
		*c = *t;
		c->next = NULL;
		*tail = c;
		tail = &c->next;
	}
	return own ? own : all;
}

static void resolve_field_call(struct link *l, struct lfn *f, int k)
{
	struct field_entry *e = field_entry(l, f->pt[k]->callee, false);

	f->targets[k] = e ? own_targets(f, e->first) : NULL;
}

static void resolve_points(struct link *l, struct lfn *f)
{
	int k;

	for (k = 0; k < f->nr_pt; k++) {
		const struct point *pt = f->pt[k];
		struct lfn *g;

		if (pt->kind != POINT_CALL)
			continue;
		if (pt->callee_field) {
			resolve_field_call(l, f, k);
			continue;
		}
		if (pt->callee_static) {
			g = table_find(&l->statics, pt->callee, f->rec->unit);
		} else {
			g = find_global(l, pt->callee, f);
			if (pt->callee_local) {
				struct lfn *b;

				/* The body the per-file pass used, even if shadowed. */
				for (b = l->globals.bucket[hash_str(pt->callee, NULL) & l->globals.mask];
				     b; b = b->hash_next)
					if (!strcmp(b->rec->name, pt->callee) &&
					    b->unit == f->unit)
						f->base[k] = b;
			}
		}
		if (pt->callee_static && pt->callee_local)
			f->base[k] = g;
		f->callee[k] = g;
	}
}

/*
 * Counts (@fill false) or stores @f as a caller of @g, once however many
 * calls: a function's calls are visited one after another.
 */
static void add_caller(struct lfn *g, struct lfn *f, bool fill)
{
	if (!fill)
		g->nr_callers++;
	else if (!g->nr_callers || g->callers[g->nr_callers - 1] != f)
		g->callers[g->nr_callers++] = f;
}

static void visit_callees(struct lfn *f, bool fill)
{
	const struct field_target *t;
	int k;

	for (k = 0; k < f->nr_pt; k++) {
		for (t = f->targets[k]; t; t = t->next)
			add_caller(t->fn, f, fill);
		if (f->callee[k])
			add_caller(f->callee[k], f, fill);
	}
}

/* Who calls whom, the other way: one array, at most one entry a call. */
static void find_callers(struct link *l)
{
	size_t n = 0;
	int i;

	for (i = 0; i < l->nr_fns; i++)
		visit_callees(l->fns[i], false);
	for (i = 0; i < l->nr_fns; i++)
		n += l->fns[i]->nr_callers;
	l->callers = ks_malloc(n * sizeof(*l->callers));
	for (i = n = 0; i < l->nr_fns; i++) {
		l->fns[i]->callers = l->callers + n;
		n += l->fns[i]->nr_callers;
		l->fns[i]->nr_callers = 0;
	}
	for (i = 0; i < l->nr_fns; i++)
		visit_callees(l->fns[i], true);
}

/* Statics by file and name, globals by name, in input order: the first is the default. */
static void index_names(struct link *l)
{
	unsigned int size = table_size(l->nr_fns);
	int i;

	l->globals.mask = l->statics.mask = size - 1;
	l->globals.bucket = ks_calloc(size, sizeof(*l->globals.bucket));
	l->statics.bucket = ks_calloc(size, sizeof(*l->statics.bucket));
	for (i = 0; i < l->nr_fns; i++)
		table_add(l->fns[i]->rec->is_static ? &l->statics : &l->globals, l->fns[i]);
}

/* What the linked images say of a global name: exported, or not there. */
static void mark_linked(const struct link *l, struct lfn *f)
{
	const struct elf_func *e;

	if (!l->linked)
		return;
	f->compiled_out = true;
	for (e = elf_symbols_lookup(l->linked, f->rec->name); e; e = e->next) {
		if (e->bind == ELF_BIND_LOCAL)
			continue;
		f->compiled_out = false;
		if (e->exported)
			f->rec->exported = true;
	}
}

void link_resolve(struct link *l)
{
	int i;

	index_names(l);
	for (i = 0; i < l->nr_fns; i++)
		if (!l->fns[i]->rec->is_static)
			mark_linked(l, l->fns[i]);
	for (i = 0; i < l->nr_fns; i++) {
		struct lfn *f = l->fns[i];

		if (!f->rec->is_static && !f->chosen)
			choose(l, f);
	}
	collect_fields(l);
	link_bits_apply(l);
	for (i = 0; i < l->nr_fns; i++)
		resolve_points(l, l->fns[i]);
	find_callers(l);
}
