// SPDX-License-Identifier: GPL-2.0
/*
 * The summary file's records of one checked file (summary-file.h): each
 * function's summary with what the link step must finish, and the
 * functions stored in struct fields; and where the file goes, beside the
 * object kbuild's depfile names.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "arena.h"
#include "entry.h"
#include "field.h"
#include "func.h"
#include "indirect.h"
#include "ir.h"
#include "record.h"
#include "table.h"
#include <sparse/symbol.h>
#include "unit.h"
#include "unit-record.h"

/*
 * What @f's table row claims, when the row names it exactly: -Wtable-mismatch
 * in the link step compares it with the summary of the body.  A claim the
 * row makes depend on an argument, a result or a reference count is not
 * compared.
 */
static void row_claims(struct fn_record *r, const struct func *f)
{
	const struct effect *e = table_lookup(f->name, strlen(f->name));
	const char *base;
	bool depends;
	int d;

	if (!e || strcmp(e->name, f->name) || r->is_static)
		return;
	base = strrchr(e->file, '/');
	r->row = arena_printf("%s:%d", base ? base + 1 : e->file, e->line);
	depends = e->gfp_arg || e->null_arg || e->arg_bits_arg || e->last_ref ||
		  e->if_ret || e->task_sleep || e->opaque;
	for (d = 0; d < NR_DIMS; d++)
		if (e->drops[d])
			depends = true;
	r->row_sleep = depends ? -1 : e->sleep || e->fault;
	if (!e->if_ret && !e->adj_arg && !(e->abs & (1U << DIM_PREEMPT))) {
		r->row_has_adj = true;
		r->row_adj = e->adj[DIM_PREEMPT];
	}
}

static struct fn_record *fn_record(const struct func *f, const char *file)
{
	struct fn_record *r = arena_alloc(sizeof(*r));
	struct kstate *assume;

	memset(r, 0, sizeof(*r));
	r->name = f->name;
	r->unit = file;
	r->is_static = (f->sym->ctype.modifiers & MOD_STATIC) != 0;
	r->pos = loc_of(f->sym->pos);
	r->sum = &f->sum;
	/* The link step finishes what calls into other files left open. */
	if (f->open && !f->declared_unchecked) {
		struct summary *s = arena_alloc(sizeof(*s));

		*s = f->sum;
		s->expect = f->sum.closed;
		r->sum = s;
	}
	assume = arena_alloc(sizeof(*assume));
	kstate_zero(assume);
	memcpy(assume->r, f->assume, sizeof(assume->r));
	memcpy(assume->origin, f->assume_origin, sizeof(assume->origin));
	r->assume = assume;
	r->gfp_param = f->gfp_param;
	r->gfp_expect = &f->gfp_expect;
	row_claims(r, f);
	r->nr_cases = f->nr_cases;
	r->cases = (struct value_case *)f->cases;
	r->regs = f->regs;
	if (f->open) {
		r->points = f->pend.points;
		r->nr_rets = f->pend.nr_rets;
		r->rets = memcpy(arena_alloc(r->nr_rets * sizeof(*r->rets)), f->pend.rets,
				 r->nr_rets * sizeof(*r->rets));
	}
	return r;
}

/* Recorded once each: an inline helper's store is seen at every call site. */
static void add_field(struct unit_record *u, const struct field_store *st)
{
	struct field_record *fr, **tail;
	const char *fn = symbol_name(st->fn);
	const char *type = indirect_type_key(st->type, st->type_pos);

	for (tail = &u->fields; (fr = *tail); tail = &fr->next)
		if (!strcmp(fr->fn, fn) && !strcmp(fr->member, st->member) &&
		    !strcmp(fr->type, type))
			return;
	fr = arena_alloc(sizeof(*fr));
	fr->type = type;
	fr->member = st->member;
	fr->fn = fn;
	fr->fn_static = (st->fn->ctype.modifiers & MOD_STATIC) != 0;
	fr->pos = loc_of(st->pos);
	*tail = fr;
}

static struct bits_record *bits_record(struct bits_record ***tail,
				       const struct field_bits *fb)
{
	struct bits_record *br = arena_alloc(sizeof(*br));

	memset(br, 0, sizeof(*br));
	br->type = fb->type;
	br->member = fb->member;
	**tail = br;
	*tail = &br->next;
	return br;
}

/*
 * A field only ever cleared says nothing: its bits stay what others set.
 * (A pointer field stored NULL is "any": it may be NULL.)
 */
static void add_bits(struct unit_record *u, const struct field_bits_set *set)
{
	struct bits_record **tail = &u->bits;
	int i, k;

	for (i = 0; i < set->nr; i++) {
		const struct field_bits *fb = &set->v[i];

		if (fb->any) {
			bits_record(&tail, fb)->any = true;
			continue;
		}
		if (fb->bits)
			bits_record(&tail, fb)->bits = fb->bits;
		if (fb->nonnull)
			bits_record(&tail, fb)->nonnull = true;
		for (k = 0; k < fb->nr_from; k++) {
			struct bits_record *br = bits_record(&tail, fb);

			br->from_type = fb->from_type[k];
			br->from_member = fb->from_member[k];
		}
	}
}

struct unit_record *unit_record(const struct unit *unit, const char *file)
{
	struct unit_record *u = arena_alloc(sizeof(*u));
	struct fn_record **tail = &u->fns;
	int i;

	u->unit = file;
	for (i = 0; i < unit->table.nr; i++) {
		*tail = fn_record(unit->table.funcs[i], file);
		tail = &(*tail)->next;
	}
	for (i = 0; i < unit->nr_stores; i++)
		add_field(u, &unit->stores[i]);
	add_bits(u, &unit->bits);
	u->registers = entry_registrations();
	u->passes = entry_passed_elsewhere();
	return u;
}

/* mkdir -p of @path's directory part. */
static void make_parents(char *path)
{
	char *p;

	for (p = strchr(path + 1, '/'); p; p = strchr(p + 1, '/')) {
		*p = 0;
		mkdir(path, 0777);
		*p = '/';
	}
}

const char *summary_path(const char *summary, bool no_summary, const char *depfile)
{
	const char *dir = getenv("KLINT_SUMMARY_DIR");
	const char *slash, *base;
	char *obj, *path;
	size_t len;

	if (summary)
		return summary;
	if (no_summary || !depfile)
		return NULL;
	/* DIR/.NAME.o.d names the object DIR/NAME.o */
	slash = strrchr(depfile, '/');
	base = slash ? slash + 1 : depfile;
	len = strlen(base);
	if (base[0] != '.' || len < 4 || strcmp(base + len - 2, ".d"))
		return NULL;
	obj = arena_printf("%.*s%.*s", (int)(base - depfile), depfile,
			   (int)(len - 3), base + 1);
	if (!dir || !*dir)
		return arena_printf("%s.klint", obj);
	path = arena_printf("%s/%s.klint", dir, obj);
	make_parents(path);
	return path;
}
