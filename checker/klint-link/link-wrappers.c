// SPDX-License-Identifier: GPL-2.0
/*
 * klint-sparse knows the wrappers of registering APIs that a file
 * defines; one defined in another file (a helper of a driver's core
 * called by its sub-drivers) is known only here, from the "registers"
 * lines of its summary.  They do not depend on any state, so they are
 * found before the fixed point, in a fixed point of their own: a wrapper
 * may wrap a wrapper of a third file.
 */
#include <string.h>

#include "arena.h"
#include "link-graph.h"
#include "link-resolve.h"
#include "link-wrappers.h"

/*
 * The facts of @g that a call @pt of @f's file must take from here: the
 * per-file pass applied those of a body of its own file already.
 */
static bool taken_here(const struct point *pt, const struct param_reg *r)
{
	return !pt->callee_local || r->linked;
}

static bool hand_on(struct lfn *f, const struct point *pt, const struct lfn *g,
		    const struct param_reg *r)
{
	int j = pt->args->param[r->param - 1];
	struct param_reg *n, **tail;

	if (!j || param_reg_find(f->rec->regs, j, r->ctx))
		return false;
	n = arena_alloc(sizeof(*n));
	memset(n, 0, sizeof(*n));
	n->param = j;
	n->ctx = r->ctx;
	n->api = r->api;
	n->linked = true;
	n->via = step_new(pt->pos, r->via, "%s() hands it on to %s() here", f->rec->name,
			  g->rec->name);
	for (tail = &f->rec->regs; *tail; tail = &(*tail)->next)
		;
	*tail = n;
	return true;
}

/* The call @k of @f to a function of another file that registers something. */
static const struct lfn *wrapper_call(const struct lfn *f, int k)
{
	const struct point *pt = f->pt[k];
	const struct lfn *g = f->callee[k];

	if (pt->kind != POINT_CALL || pt->callee_field || !pt->args || !g || !g->rec->regs)
		return NULL;
	return g;
}

static struct wrapped_registration *registered(const struct link *l, struct lfn *f, int k,
					       struct wrapped_registration *list)
{
	const struct point *pt = f->pt[k];
	const struct lfn *g = wrapper_call(f, k);
	const struct param_reg *r;

	for (r = g ? g->rec->regs : NULL; r; r = r->next) {
		const char *fn = r->param <= MAX_POINT_ARGS ? pt->args->fn[r->param - 1] : NULL;
		bool is_static = pt->args->fn_static & (1UL << (r->param - 1));
		struct wrapped_registration *w;
		struct lfn *target;

		if (!fn || !taken_here(pt, r))
			continue;
		target = link_lookup(l, fn, is_static, f->rec->unit);
		if (!target)
			continue;
		w = arena_alloc(sizeof(*w));
		memset(w, 0, sizeof(*w));
		w->fn = target;
		w->rr.fn = fn;
		w->rr.fn_static = is_static;
		w->rr.ctx = r->ctx;
		w->rr.pos = pt->pos;
		w->rr.api = g->rec->name;
		w->rr.via = r->via;
		w->next = list;
		list = w;
	}
	return list;
}

struct wrapped_registration *link_wrappers(struct link *l)
{
	struct wrapped_registration *list = NULL;
	const struct param_reg *r;
	bool more;
	int i, k;

	do {
		more = false;
		for (i = 0; i < l->nr_fns; i++) {
			struct lfn *f = l->fns[i];

			for (k = 0; !f->shadowed && k < f->nr_pt; k++) {
				const struct lfn *g = wrapper_call(f, k);

				for (r = g ? g->rec->regs : NULL; r; r = r->next)
					if (r->param <= MAX_POINT_ARGS && taken_here(f->pt[k], r))
						more |= hand_on(f, f->pt[k], g, r);
			}
		}
	} while (more);
	for (i = 0; i < l->nr_fns; i++)
		for (k = 0; !l->fns[i]->shadowed && k < l->fns[i]->nr_pt; k++)
			list = registered(l, l->fns[i], k, list);
	return list;
}
