// SPDX-License-Identifier: GPL-2.0
/*
 * Field bit facts across files (link-bits.h).  A field's bits are the
 * union of what each file stores into it and of what the fields copied
 * into it hold: a least fixed point over the copies, any bit once one
 * store is unbounded.  A function pointer field is never NULL when some
 * store puts an address there (itself or through a copy) and no store,
 * its own or a copied field's, may put anything else.
 */
#include <string.h>

#include "arena.h"
#include "link-bits.h"
#include "link-graph.h"

struct bits_node {
	const char *type, *member;
	bool any;
	bool nonnull;				/* some store is an address */
	bool addr;				/* ... or a copied field's */
	bool maybe_null;			/* a store, or a copy, may be NULL */
	unsigned long long bits;
	struct bits_from *from;			/* the fields copied into it */
	struct bits_node *next;			/* in its bucket */
	struct bits_node *all;			/* every node */
};

struct bits_from {
	struct bits_node *node;
	struct bits_from *next;
};

/* Sized to the lines read: chains stay short at any input size. */
struct bits_table {
	struct bits_node **bucket;
	unsigned int mask;
	struct bits_node *all;
};

static unsigned int hash(const struct bits_table *t, const char *type, const char *member)
{
	unsigned int h = 2166136261u;

	for (; *type; type++)
		h = (h ^ (unsigned char)*type) * 16777619u;
	h = (h ^ '.') * 16777619u;
	for (; *member; member++)
		h = (h ^ (unsigned char)*member) * 16777619u;
	return h & t->mask;
}

static struct bits_node *lookup(const struct bits_table *t, const char *type,
				const char *member)
{
	struct bits_node *n;

	for (n = t->bucket[hash(t, type, member)]; n; n = n->next)
		if (!strcmp(n->type, type) && !strcmp(n->member, member))
			return n;
	return NULL;
}

static struct bits_node *node(struct bits_table *t, const char *type, const char *member)
{
	unsigned int h = hash(t, type, member);
	struct bits_node *n = lookup(t, type, member);

	if (n)
		return n;
	n = arena_alloc(sizeof(*n));
	n->type = type;
	n->member = member;
	n->next = t->bucket[h];
	t->bucket[h] = n;
	n->all = t->all;
	t->all = n;
	return n;
}

static void pointer_facts(struct bits_table *t);

static struct bits_table *join(const struct link *l)
{
	struct bits_table *t = arena_alloc(sizeof(*t));
	const struct unit_record *u;
	const struct bits_record *br;
	struct bits_node *n;
	bool changed = true;
	unsigned int lines = 0;

	for (u = l->units; u; u = u->next)
		for (br = u->bits; br; br = br->next)
			lines++;
	for (t->mask = 1023; t->mask < lines; t->mask = 2 * t->mask + 1)
		;
	t->bucket = arena_alloc((t->mask + 1) * sizeof(*t->bucket));

	for (u = l->units; u; u = u->next) {
		for (br = u->bits; br; br = br->next) {
			n = node(t, br->type, br->member);
			n->any |= br->any;
			n->nonnull |= br->nonnull;
			n->bits |= br->bits;
			if (br->from_type) {
				struct bits_from *bf = arena_alloc(sizeof(*bf));

				bf->node = node(t, br->from_type, br->from_member);
				bf->next = n->from;
				n->from = bf;
			}
		}
	}
	/* Bits only grow, and there are 65 values: this ends. */
	while (changed) {
		changed = false;
		for (n = t->all; n; n = n->all) {
			const struct bits_from *bf;

			for (bf = n->from; bf && !n->any; bf = bf->next) {
				if (bf->node->any) {
					n->any = changed = true;
				} else if (bf->node->bits & ~n->bits) {
					n->bits |= bf->node->bits;
					changed = true;
				}
			}
		}
	}
	pointer_facts(t);
	return t;
}

/*
 * Whether a pointer field may be NULL: least fixed points over the copies,
 * first of where an address reaches, then of what may be NULL: a field
 * with no address at all never got one (a cycle of copies included).
 * Both only grow: this ends.
 */
static void pointer_facts(struct bits_table *t)
{
	struct bits_node *n;
	const struct bits_from *bf;
	bool changed = true;

	for (n = t->all; n; n = n->all)
		n->addr = n->nonnull;
	while (changed) {
		changed = false;
		for (n = t->all; n; n = n->all)
			for (bf = n->from; bf && !n->addr; bf = bf->next)
				if (bf->node->addr)
					n->addr = changed = true;
	}
	for (n = t->all; n; n = n->all)
		n->maybe_null = n->any || n->bits || !n->addr;
	changed = true;
	while (changed) {
		changed = false;
		for (n = t->all; n; n = n->all)
			for (bf = n->from; bf && !n->maybe_null; bf = bf->next)
				if (bf->node->maybe_null)
					n->maybe_null = changed = true;
	}
}

/*
 * A field case holds for the whole link: its bits are clear in every
 * store (a field no input stores into has none; one that holds an address
 * may have any), or, for "ne 0", the pointer is never NULL.
 */
static bool case_holds(const struct bits_table *t, const struct value_case *vc)
{
	struct bits_node *n;

	if (!vc->field_type)
		return false;
	n = lookup(t, vc->field_type, vc->field_member);
	if (vc->ne)
		return n && !n->maybe_null;
	return !n || (!n->any && !n->addr && !(n->bits & (unsigned long long)vc->value));
}

/*
 * @f as its case @vc makes it: the points the case does not reach are
 * gone, and the other cases' live sets follow the points that stay.  A
 * call into another file that goes (hid_hw_request()'s __hid_request())
 * leaves its term without a point: no path of the case passes it, and the
 * returns' cases that count it take it to do nothing, as the per-file
 * pass did before the link knew it.
 *
 * Only a pointer's case goes past a term.  A bit case does not: integer
 * fields are also filled by bytes copied from firmware or user memory,
 * which no file shows as a store (acpi_gbl_FADT.flags, by memcpy() from
 * the FADT), and such a case would drop acpi_reboot()'s real report on
 * 6.1; a function pointer is never filled that way.
 */
static void take_case(struct lfn *f, const struct value_case *vc)
{
	struct value_case *cases = f->rec->cases;
	unsigned long long live[MAX_VALUE_CASES] = { 0 };
	const struct expect taken = vc->expect;	/* cases[] moves below */
	struct summary *sum;
	int k, j, i, nr_cases = 0;

	for (k = 0; !vc->ne && k < f->nr_pt; k++)
		if (!value_case_live(vc, k) && f->pt[k]->kind == POINT_CALL && f->pt[k]->term >= 0)
			return;
	/* Records share summaries: this one gets its own. */
	sum = arena_alloc(sizeof(*sum));
	*sum = *f->rec->sum;
	sum->expect = taken;
	f->rec->sum = sum;
	f->sum = sum;
	/* the gfp case, like the argument cases below */
	if (f->rec->gfp_param && expect_includes(&taken, f->rec->gfp_expect)) {
		struct expect *gfp = arena_alloc(sizeof(*gfp));

		*gfp = taken;
		f->rec->gfp_expect = gfp;
		f->gfp_expect = gfp;
	}
	for (k = j = 0; k < f->nr_pt; k++) {
		if (!value_case_live(vc, k))
			continue;
		for (i = 0; i < f->rec->nr_cases; i++)
			if (j < 64 && value_case_live(&cases[i], k))
				live[i] |= 1ULL << j;
		f->pt[j++] = f->pt[k];
	}
	f->nr_pt = j;
	/*
	 * The field cases are settled; the argument cases stay, renumbered.
	 * Each was worked out without the field's fact, which holds with
	 * it: where the taken case allows more (hid_hw_request()'s cases of
	 * its request type, which still reached __hid_request()), the case
	 * allows that too.
	 */
	for (i = 0; i < f->rec->nr_cases; i++) {
		if (cases[i].field_type)
			continue;
		cases[nr_cases] = cases[i];
		cases[nr_cases].live = live[i];
		if (expect_includes(&taken, &cases[i].expect))
			cases[nr_cases].expect = taken;
		f->cases[nr_cases] = cases[nr_cases];
		nr_cases++;
	}
	f->rec->nr_cases = nr_cases;
}

void link_bits_apply(struct link *l)
{
	int i, c;

	l->bits = join(l);
	for (i = 0; i < l->nr_fns; i++) {
		struct lfn *f = l->fns[i];

		for (c = 0; c < f->rec->nr_cases; c++) {
			if (case_holds(l->bits, &f->rec->cases[c])) {
				take_case(f, &f->rec->cases[c]);
				break;
			}
		}
	}
}

struct bits_record *link_bits_records(const struct link *l)
{
	struct bits_record *head = NULL, *br;
	struct bits_node *n;

	for (n = l->bits ? l->bits->all : NULL; n; n = n->all) {
		if (!n->any && !n->bits && !n->addr)
			continue;
		br = arena_alloc(sizeof(*br));
		memset(br, 0, sizeof(*br));
		br->type = n->type;
		br->member = n->member;
		/* a pointer holds addresses only, or may hold anything */
		br->nonnull = n->addr && !n->maybe_null;
		br->any = n->any || (n->addr && n->maybe_null);
		br->bits = br->any || br->nonnull ? 0 : n->bits;
		br->next = head;
		head = br;
	}
	return head;
}
