// SPDX-License-Identifier: GPL-2.0
#include <string.h>

#include "flow.h"
#include "symbol.h"

void flow_entry(struct flow *fl)
{
	memset(fl, 0, sizeof(*fl));
	fl->n = 1;
	kstate_zero(&fl->c[0].s);
}

void flow_state(const struct flow *fl, struct kstate *out)
{
	int i;

	*out = fl->c[0].s;
	for (i = 1; i < fl->n; i++)
		kstate_join(out, &fl->c[i].s);
}

void flow_apply(struct flow *fl, const struct kstate *delta)
{
	int i;

	for (i = 0; i < fl->n; i++)
		kstate_apply(&fl->c[i].s, delta);
}

static bool points(pseudo_t p)
{
	struct instruction *def = p && p->type == PSEUDO_REG ? p->def : NULL;

	return def && def->type && is_ptr_type(def->type);
}

/* Copies, widenings and tests against zero keep a value's truth. */
static pseudo_t truth_source(pseudo_t p, bool *same)
{
	struct instruction *def = p && p->type == PSEUDO_REG ? p->def : NULL;

	if (!def || !def->bb)
		return NULL;
	switch (def->opcode) {
	case OP_COPY:
	case OP_ZEXT:
	case OP_SEXT:
		*same = true;
		return def->src;
	case OP_ADD:
		/*
		 * A field or element of a non-NULL pointer is non-NULL.  sparse
		 * types the addition as an integer: the pointer is known by
		 * the instruction that produced it.
		 */
		if (!points(def->src1))
			return NULL;
		*same = true;
		return def->src1;
	case OP_SET_NE:
	case OP_SET_EQ:
		*same = def->opcode == OP_SET_NE;
		if (is_zero(def->src2))
			return def->src1;
		if (is_zero(def->src1))
			return def->src2;
		return NULL;
	default:
		return NULL;
	}
}

#define MAX_CHASE	4

static int tag_of(const struct fcase *c, pseudo_t p, unsigned long long mask)
{
	int i;

	for (i = 0; i < c->nr_tags; i++)
		if (c->tags[i].p == p && c->tags[i].mask == mask)
			return c->tags[i].nz;
	return -1;
}

/* "x & MASK", known from a fact about those bits of x. */
static int masked_truth(const struct fcase *c, pseudo_t p)
{
	struct instruction *def = p->type == PSEUDO_REG ? p->def : NULL;

	if (!def || !def->bb || def->opcode != OP_AND ||
	    def->src2->type != PSEUDO_VAL)
		return -1;
	return tag_of(c, def->src1, def->src2->value);
}

/*
 * "cond ? ptr : NULL", as sparse turns a merge of a pointer and NULL into:
 * the side the case's facts pick, a pointer beside NULL taken as non-NULL.
 */
static pseudo_t select_side(const struct fcase *c, struct instruction *sel, int *val)
{
	int t = case_truth(c, sel->src1);
	pseudo_t side, other;

	*val = -1;
	if (t < 0)
		return NULL;
	side = t ? sel->src2 : sel->src3;
	other = t ? sel->src3 : sel->src2;
	if (side->type == PSEUDO_VAL)
		*val = side->value != 0;
	else if (is_zero(other))
		*val = 1;
	return side;
}

int case_truth(const struct fcase *c, pseudo_t p)
{
	bool same = true;
	int n, v;

	for (n = 0; p && n < MAX_CHASE; n++) {
		bool s = true;

		v = tag_of(c, p, 0);
		if (v < 0)
			v = masked_truth(c, p);
		if (v >= 0)
			return v == same;
		if (p->type == PSEUDO_REG && p->def && p->def->bb &&
		    p->def->opcode == OP_SEL) {
			p = select_side(c, p->def, &v);
			if (v >= 0)
				return v == same;
			continue;
		}
		p = truth_source(p, &s);
		same = same == s;
	}
	return -1;
}

static void tag_bits(struct fcase *c, pseudo_t p, unsigned long long mask, bool nz)
{
	int i;

	if (!p || p->type == PSEUDO_VAL)
		return;
	for (i = 0; i < c->nr_tags; i++) {
		if (c->tags[i].p == p && c->tags[i].mask == mask) {
			c->tags[i].nz = nz;
			return;
		}
	}
	if (c->nr_tags == MAX_TAGS) {
		memmove(c->tags, c->tags + 1, (MAX_TAGS - 1) * sizeof(*c->tags));
		c->nr_tags--;
	}
	c->tags[c->nr_tags++] = (struct tag){ p, mask, nz };
}

void case_tag(struct fcase *c, pseudo_t p, bool nz)
{
	tag_bits(c, p, 0, nz);
}

void flow_untag(struct flow *fl, pseudo_t p)
{
	int i, j, n;

	for (i = 0; i < fl->n; i++) {
		struct fcase *c = &fl->c[i];

		for (j = n = 0; j < c->nr_tags; j++)
			if (c->tags[j].p != p)
				c->tags[n++] = c->tags[j];
		c->nr_tags = n;
	}
}

/* Keeps in @into the facts @from shares. */
static void meet_tags(struct fcase *into, const struct fcase *from)
{
	int i, n = 0;

	for (i = 0; i < into->nr_tags; i++)
		if (tag_of(from, into->tags[i].p, into->tags[i].mask) ==
		    into->tags[i].nz)
			into->tags[n++] = into->tags[i];
	into->nr_tags = n;
}

static void merge_case(struct fcase *into, const struct fcase *from, bool widen)
{
	if (widen)
		kstate_widen(&into->s, &from->s);
	else
		kstate_join(&into->s, &from->s);
	meet_tags(into, from);
}

static void drop_case(struct flow *fl, int i)
{
	memmove(fl->c + i, fl->c + i + 1, (fl->n - i - 1) * sizeof(*fl->c));
	fl->n--;
}

void flow_normalize(struct flow *fl)
{
	int i, j;

	for (i = 0; i < fl->n; i++) {
		for (j = i + 1; j < fl->n; j++) {
			if (!kstate_eq(&fl->c[i].s, &fl->c[j].s))
				continue;
			merge_case(&fl->c[i], &fl->c[j], false);
			drop_case(fl, j--);
		}
	}
}

/* Appends @c, folding it into the last case when there is no room. */
static void add_case(struct flow *fl, const struct fcase *c, bool widen)
{
	if (fl->n == MAX_CASES)
		flow_normalize(fl);
	if (fl->n == MAX_CASES)
		merge_case(&fl->c[MAX_CASES - 1], c, widen);
	else
		fl->c[fl->n++] = *c;
}

static bool same_tags(const struct fcase *a, const struct fcase *b)
{
	int i;

	if (a->nr_tags != b->nr_tags)
		return false;
	for (i = 0; i < a->nr_tags; i++)
		if (tag_of(b, a->tags[i].p, a->tags[i].mask) != a->tags[i].nz)
			return false;
	return true;
}

/* The case of @fl that knows exactly what @c knows, or -1. */
static int same_facts(const struct flow *fl, const struct fcase *c)
{
	int i;

	for (i = 0; i < fl->n; i++)
		if (same_tags(&fl->c[i], c))
			return i;
	return -1;
}

void flow_fork(struct flow *fl, pseudo_t ret, unsigned long long mask,
	       const struct kstate *nz, const struct kstate *z)
{
	struct fcase cases[2 * MAX_CASES];
	int i, n = 0;

	for (i = 0; i < fl->n; i++) {
		cases[n] = fl->c[i];
		kstate_apply(&cases[n].s, nz);
		tag_bits(&cases[n++], ret, mask, true);
		cases[n] = fl->c[i];
		kstate_apply(&cases[n].s, z);
		tag_bits(&cases[n++], ret, mask, false);
	}
	fl->n = 0;
	for (i = 0; i < n; i++)
		add_case(fl, &cases[i], false);
	flow_normalize(fl);
}

void flow_apply_if_bits(struct flow *fl, pseudo_t p, unsigned long long mask,
			const struct kstate *delta)
{
	int i, t;

	for (i = 0; i < fl->n; i++) {
		if (p->type == PSEUDO_VAL)
			t = (p->value & mask) != 0;
		else
			t = tag_of(&fl->c[i], p, mask);
		if (t)
			kstate_apply(&fl->c[i].s, delta);
	}
	flow_normalize(fl);
}

void flow_split(const struct flow *fl, pseudo_t p, struct flow *t, struct flow *f)
{
	int i;

	t->n = f->n = 0;
	for (i = 0; i < fl->n; i++) {
		int v = case_truth(&fl->c[i], p);

		if (v != 0) {
			t->c[t->n] = fl->c[i];
			case_tag(&t->c[t->n++], p, true);
		}
		if (v != 1) {
			f->c[f->n] = fl->c[i];
			case_tag(&f->c[f->n++], p, false);
		}
	}
}

static bool same_case(const struct fcase *a, const struct fcase *b)
{
	return kstate_eq(&a->s, &b->s) && same_tags(a, b);
}

static bool same_flow(const struct flow *a, const struct flow *b)
{
	int i, j;

	if (a->n != b->n)
		return false;
	for (i = 0; i < a->n; i++) {
		for (j = 0; j < b->n; j++)
			if (same_case(&a->c[i], &b->c[j]))
				break;
		if (j == b->n)
			return false;
	}
	return true;
}

/*
 * Widening pairs the cases that know the same facts, so that a loop keeps
 * "locked is 1, the lock is held" apart from "locked is 0" while its
 * counts converge.  Cases whose facts change from one iteration to the
 * next cannot be paired: then everything folds into one case.
 */
static bool widen_pairwise(struct flow *into, const struct flow *from)
{
	int i;

	for (i = 0; i < from->n; i++)
		if (same_facts(into, &from->c[i]) < 0)
			return false;
	for (i = 0; i < from->n; i++)
		merge_case(&into->c[same_facts(into, &from->c[i])], &from->c[i], true);
	return true;
}

static void collapse(struct flow *fl)
{
	while (fl->n > 1) {
		merge_case(&fl->c[0], &fl->c[fl->n - 1], false);
		fl->n--;
	}
}

bool flow_join(struct flow *into, const struct flow *from, bool widen)
{
	struct flow old = *into;
	int i;

	if (!from->n)
		return false;
	if (!into->n) {
		*into = *from;
		return true;
	}
	if (widen && !widen_pairwise(into, from)) {
		struct flow f = *from;

		collapse(into);
		collapse(&f);
		merge_case(&into->c[0], &f.c[0], true);
		return !same_flow(&old, into);
	}
	if (!widen)
		for (i = 0; i < from->n; i++)
			add_case(into, &from->c[i], false);
	flow_normalize(into);
	return !same_flow(&old, into);
}
