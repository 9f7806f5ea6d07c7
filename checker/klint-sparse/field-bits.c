// SPDX-License-Identifier: GPL-2.0
/*
 * What a file's stores may set in integer struct fields, and whether they
 * may leave a function pointer field NULL (field-bits.h).  A stored value
 * is followed back through casts, ORs, ANDs, selects and phis to
 * constants, addresses and loads of fields; anything else (an argument, a
 * call's result, arithmetic) may set any bit, or be NULL.
 */
#include <string.h>

#include "arena.h"
#include "field.h"
#include "field-bits.h"
#include "ir.h"
#include <sparse/symbol.h>
#include <sparse/target.h>

/* How far a stored value is followed back: a value is short. */
#define MAX_VALUE_DEPTH	8

static struct field_bits *entry(struct field_bits_set *set, const char *type,
				const char *member)
{
	struct field_bits *fb;
	int i;

	/* field.c's names are interned: pointers compare */
	for (i = 0; i < set->nr; i++)
		if (set->v[i].type == type && set->v[i].member == member)
			return &set->v[i];
	ks_grow(&set->v, &set->max, set->nr, sizeof(*set->v));
	fb = &set->v[set->nr++];
	memset(fb, 0, sizeof(*fb));
	fb->type = type;
	fb->member = member;
	return fb;
}

void field_bits_reset(struct field_bits_set *set)
{
	set->nr = 0;
}

void field_bits_add_init(struct field_bits_set *set, const struct field_store *st)
{
	struct field_bits *fb = entry(set, st->type, st->member);

	fb->any |= st->any;
	fb->bits |= st->bits;
	if (st->pointer && !st->any)
		fb->nonnull = true;
}

/* The struct (or array of them) @addr points to, or is. */
static struct symbol *object_type(pseudo_t addr, struct entrypoint *ep)
{
	struct symbol *t = NULL;

	switch (addr->type) {
	case PSEUDO_SYM:
		return strip_node(addr->sym);
	case PSEUDO_REG:
		if (!addr->def)
			return NULL;
		if (addr->def->opcode == OP_SYMADDR && addr->def->src->type == PSEUDO_SYM)
			return strip_node(addr->def->src->sym);
		t = addr->def->type;
		break;
	case PSEUDO_ARG:
		if (ep && ep->name)
			t = nth_argument_type(ep->name, addr->nr);
		break;
	default:
		return NULL;
	}
	t = strip_node(t);
	if (!t || t->type != SYM_PTR)
		return NULL;
	return strip_node(t->ctype.base_type);
}

/* The integer (or with @pointer, function pointer) field at @addr + @offset. */
static bool field_of(pseudo_t addr, long long offset, bool pointer, struct entrypoint *ep,
		     const char **type, const char **member)
{
	struct symbol *t;
	long long off;

	addr = base_offset(addr, &off);
	if (!addr)
		return false;
	t = object_type(addr, ep);
	if (!t || (t->type != SYM_STRUCT && t->type != SYM_UNION && t->type != SYM_ARRAY))
		return false;
	if (pointer)
		return fn_field_at(t, off + offset, type, member);
	return int_field_at(t, off + offset, type, member);
}

static bool is_fn_pointer_type(struct symbol *t)
{
	t = strip_node(t);
	if (!t || t->type != SYM_PTR)
		return false;
	t = strip_node(t->ctype.base_type);
	return t && t->type == SYM_FN;
}

static void add_from(struct field_bits *fb, const char *type, const char *member)
{
	int i;

	if (type == fb->type && member == fb->member)
		return;		/* x->f |= BIT: the field's own bits */
	for (i = 0; i < fb->nr_from; i++)
		if (fb->from_type[i] == type && fb->from_member[i] == member)
			return;
	if (fb->nr_from == MAX_BITS_FROM) {
		fb->any = true;
		return;
	}
	fb->from_type[fb->nr_from] = type;
	fb->from_member[fb->nr_from++] = member;
}

/* Adds to @fb what storing @v may set. */
static void value_bits(struct field_bits *fb, pseudo_t v, struct entrypoint *ep, int depth)
{
	struct instruction *insn;
	const char *type, *member;
	pseudo_t phi;

	if (fb->any)
		return;
	if (v->type == PSEUDO_VAL) {
		fb->bits |= v->value;
		return;
	}
	if (depth > MAX_VALUE_DEPTH || v->type != PSEUDO_REG || !v->def || !v->def->bb) {
		fb->any = true;
		return;
	}
	insn = v->def;
	switch (insn->opcode) {
	case OP_COPY:
	case OP_ZEXT:
	case OP_SEXT:
	case OP_TRUNC:
		value_bits(fb, insn->src, ep, depth + 1);
		return;
	case OP_OR:
	case OP_XOR:
		value_bits(fb, insn->src1, ep, depth + 1);
		value_bits(fb, insn->src2, ep, depth + 1);
		return;
	case OP_AND:
		/* a mask only clears: the bits come from the other side */
		if (insn->src2->type == PSEUDO_VAL)
			value_bits(fb, insn->src1, ep, depth + 1);
		else if (insn->src1->type == PSEUDO_VAL)
			value_bits(fb, insn->src2, ep, depth + 1);
		else
			fb->any = true;
		return;
	case OP_SEL:
		value_bits(fb, insn->src2, ep, depth + 1);
		value_bits(fb, insn->src3, ep, depth + 1);
		return;
	case OP_PHI:
		FOR_EACH_PTR(insn->phi_list, phi) {
			if (phi == VOID)
				continue;
			if (!phi->def || !phi->def->phi_src) {
				fb->any = true;
				return;
			}
			value_bits(fb, phi->def->phi_src, ep, depth + 1);
		} END_FOR_EACH_PTR(phi);
		return;
	case OP_LOAD:
		if (field_of(insn->src, insn->offset, false, ep, &type, &member))
			add_from(fb, type, member);
		else
			fb->any = true;
		return;
	default:
		fb->any = true;
		return;
	}
}

/* Whether @p is used for anything but the address of a load or a store. */
static bool address_escapes(pseudo_t p)
{
	struct pseudo_user *pu;

	FOR_EACH_PTR(p->users, pu) {
		struct instruction *use = pu->insn;

		if (!use || !use->bb)
			continue;
		if ((use->opcode == OP_LOAD || use->opcode == OP_STORE) &&
		    pu->userp == &use->src)
			continue;
		return true;
	} END_FOR_EACH_PTR(pu);
	return false;
}

/* &p->f or (unsigned long *)p handed on: f may be set by anything. */
static void scan_address(struct field_bits_set *set, struct instruction *insn,
			 struct entrypoint *ep)
{
	const char *type, *member;
	struct symbol *t;

	t = strip_node(insn->type);
	if (!t || t->type != SYM_PTR)
		return;
	t = strip_node(t->ctype.base_type);
	/* a pointer to a struct is the object, not one of its fields */
	if (t && (t->type == SYM_STRUCT || t->type == SYM_UNION))
		return;
	if (!field_of(insn->target, 0, is_fn_pointer_type(t), ep, &type, &member) ||
	    !address_escapes(insn->target))
		return;
	entry(set, type, member)->any = true;
}

void field_bits_scan(struct field_bits_set *set, struct entrypoint *ep)
{
	const char *type, *member;
	struct instruction *insn;
	struct basic_block *bb;
	struct symbol *t;

	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			if (!insn->bb)
				continue;
			switch (insn->opcode) {
			case OP_STORE:
				t = strip_node(insn->type);
				if (t && t->type == SYM_BASETYPE) {
					if (field_of(insn->src, insn->offset, false, ep, &type, &member))
						value_bits(entry(set, type, member), insn->target, ep, 0);
				} else if (insn->size == bits_in_pointer &&
					   field_of(insn->src, insn->offset, true, ep, &type, &member)) {
					/*
					 * An object built at run time may get the
					 * method on one path only (NFS's
					 * pgio_done_cb, pNFS only), or never: only
					 * initialized objects are known whole.
					 */
					entry(set, type, member)->any = true;
				}
				break;
			case OP_ADD:
			case OP_PTRCAST:
				scan_address(set, insn, ep);
				break;
			default:
				break;
			}
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
}

/* The field @p loads, through casts. */
static bool loaded_field(pseudo_t p, bool pointer, struct entrypoint *ep, const char **type,
			 const char **member)
{
	p = through_casts(p);
	if (!p || p->type != PSEUDO_REG || !p->def || p->def->opcode != OP_LOAD)
		return false;
	return field_of(p->def->src, p->def->offset, pointer, ep, type, member);
}

static int add_test(struct field_test *out, int n, const char *type, const char *member,
		    unsigned long long mask, bool nonnull)
{
	int i;

	for (i = 0; i < n; i++)
		if (out[i].type == type && out[i].member == member &&
		    out[i].mask == mask && out[i].nonnull == nonnull)
			return n;
	out[n].type = type;
	out[n].member = member;
	out[n].mask = mask;
	out[n].nonnull = nonnull;
	return n + 1;
}

/* "if (ops->f)", "ops->f == NULL": the function pointer field tested, or NULL. */
static bool null_test(struct instruction *insn, struct entrypoint *ep, const char **type,
		      const char **member)
{
	pseudo_t p;

	switch (insn->opcode) {
	case OP_CBR:
		p = insn->cond;
		break;
	case OP_SET_EQ:
	case OP_SET_NE:
		if (insn->src2->type == PSEUDO_VAL && !insn->src2->value)
			p = insn->src1;
		else if (insn->src1->type == PSEUDO_VAL && !insn->src1->value)
			p = insn->src2;
		else
			return false;
		break;
	default:
		return false;
	}
	return loaded_field(p, true, ep, type, member);
}

int field_tests(struct entrypoint *ep, struct field_test *out, int n, int max)
{
	const char *type, *member;
	struct instruction *insn;
	struct basic_block *bb;
	unsigned long long mask;
	pseudo_t other;

	FOR_EACH_PTR(ep->bbs, bb) {
		FOR_EACH_PTR(bb->insns, insn) {
			if (!insn->bb || n == max)
				continue;
			if (null_test(insn, ep, &type, &member)) {
				n = add_test(out, n, type, member, 0, true);
				continue;
			}
			if (insn->opcode != OP_AND)
				continue;
			if (insn->src2->type == PSEUDO_VAL)
				other = insn->src1;
			else if (insn->src1->type == PSEUDO_VAL)
				other = insn->src2;
			else
				continue;
			if (!loaded_field(other, false, ep, &type, &member))
				continue;
			mask = (other == insn->src1 ? insn->src2 : insn->src1)->value;
			if (mask)
				n = add_test(out, n, type, member, mask, false);
		} END_FOR_EACH_PTR(insn);
	} END_FOR_EACH_PTR(bb);
	return n;
}

/* Whether @load reads the field @b's test is about. */
static bool loads_tested(const struct binding *b, struct instruction *load)
{
	const char *type, *member;
	struct entrypoint *ep = load->bb ? load->bb->ep : NULL;

	return field_of(load->src, load->offset, b->field->nonnull, ep, &type, &member) &&
	       type == b->field->type && member == b->field->member;
}

static unsigned long long load_clear(const struct binding *b, struct instruction *load)
{
	return loads_tested(b, load) ? b->field->mask : 0;
}

void field_test_bind(struct binding *b, const struct field_test *t)
{
	b->field = t;
	if (t->nonnull)
		b->load_nonnull = loads_tested;
	else
		b->load_clear = load_clear;
}
