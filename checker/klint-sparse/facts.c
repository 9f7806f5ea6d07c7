// SPDX-License-Identifier: GPL-2.0
#include <string.h>

#include <sparse/bits.h>
#include "facts.h"
#include <sparse/symbol.h>

#define MAX_CHASE	4
#define MAX_OFFSET_VARS	4

static const char *percpu_offsets[MAX_OFFSET_VARS];

void facts_percpu_offset(const char *name)
{
	int i;

	for (i = 0; i < MAX_OFFSET_VARS; i++) {
		if (!percpu_offsets[i] || !strcmp(percpu_offsets[i], name)) {
			percpu_offsets[i] = name;
			return;
		}
	}
}

unsigned int sign_of(long long v)
{
	return v < 0 ? SIGN_NEG : v ? SIGN_POS : SIGN_ZERO;
}

/* sparse keeps constants unsigned: @v as the @bits-bit signed value it is. */
static long long signed_value(long long v, unsigned int bits)
{
	return bits > 0 && bits < 64 ? sign_extend(v, bits) : v;
}

unsigned int sign_of_sized(long long v, unsigned int bits)
{
	return sign_of(signed_value(v, bits));
}

/* Offsets past this are no struct field worth a slot. */
#define MAX_SLOT	(1 << 20)

static struct fact *find(const struct facts *k, pseudo_t p, unsigned long long mask,
			 int slot)
{
	int i;

	for (i = 0; i < k->n; i++)
		if (k->f[i].p == p && k->f[i].mask == mask && k->f[i].slot == slot)
			return (struct fact *)&k->f[i];
	return NULL;
}

/*
 * The block, in the IR's order (the analysis numbers them so), of the last
 * use of @p: a fact on a value no later block uses decides nothing more.
 */
static int last_use(pseudo_t p)
{
	struct pseudo_user *pu;
	int last = -1;

	FOR_EACH_PTR(p->users, pu) {
		if (pu->insn && pu->insn->bb && (long)pu->insn->bb->priv > last)
			last = (int)(long)pu->insn->bb->priv;
	} END_FOR_EACH_PTR(pu);
	return last;
}

/*
 * The fact a full path gives up: the one whose value is used last
 * earliest, the oldest of those.  Oldest-first alone lost "slow =
 * lock_sock_fast(sk)" to the tests of tcp_inq() before unlock_sock_fast()
 * tested it again.
 */
static int victim(const struct facts *k)
{
	int i, v = 0, best = last_use(k->f[0].p);

	for (i = 1; i < k->n; i++) {
		int use = last_use(k->f[i].p);

		if (use < best) {
			best = use;
			v = i;
		}
	}
	return v;
}

static void add(struct facts *k, pseudo_t p, unsigned long long mask, int slot,
		unsigned int signs)
{
	struct fact *f;

	if (!p || p->type == PSEUDO_VAL || (signs & SIGN_ANY) == SIGN_ANY)
		return;
	f = find(k, p, mask, slot);
	if (f) {
		/* Both hold; if they contradict, the newer is the branch taken. */
		f->signs = f->signs & signs ? f->signs & signs : signs;
		return;
	}
	if (k->n == MAX_FACTS) {
		int v = victim(k);

		memmove(k->f + v, k->f + v + 1, (MAX_FACTS - 1 - v) * sizeof(*k->f));
		k->n--;
	}
	k->f[k->n++] = (struct fact){ p, mask, slot, signs };
}

void facts_add(struct facts *k, pseudo_t p, unsigned long long mask,
	       unsigned int signs)
{
	add(k, p, mask, 0, signs);
}

void facts_forget(struct facts *k, pseudo_t p)
{
	int i, n = 0;

	for (i = 0; i < k->n; i++)
		if (k->f[i].p != p)
			k->f[n++] = k->f[i];
	k->n = n;
}

void facts_meet(struct facts *into, const struct facts *from)
{
	int i, n = 0;

	for (i = 0; i < into->n; i++) {
		struct fact *f = find(from, into->f[i].p, into->f[i].mask, into->f[i].slot);

		if (!f)
			continue;
		into->f[i].signs |= f->signs;
		if (into->f[i].signs != SIGN_ANY)
			into->f[n++] = into->f[i];
	}
	into->n = n;
}

bool facts_eq(const struct facts *a, const struct facts *b)
{
	int i;

	if (a->n != b->n)
		return false;
	for (i = 0; i < a->n; i++) {
		struct fact *f = find(b, a->f[i].p, a->f[i].mask, a->f[i].slot);

		if (!f || f->signs != a->f[i].signs)
			return false;
	}
	return true;
}

int facts_shared(const struct facts *a, const struct facts *b)
{
	int i, n = 0;

	for (i = 0; i < a->n; i++) {
		struct fact *f = find(b, a->f[i].p, a->f[i].mask, a->f[i].slot);

		if (f && f->signs == a->f[i].signs)
			n++;
	}
	return n;
}

static struct instruction *def_of(pseudo_t p)
{
	struct instruction *def = p && p->type == PSEUDO_REG ? p->def : NULL;

	return def && def->bb ? def : NULL;
}

static bool points(pseudo_t p)
{
	struct instruction *def = def_of(p);

	return def && def->type && is_ptr_type(def->type);
}

static bool is_percpu_offset(pseudo_t p)
{
	int i;

	if (!p || p->type != PSEUDO_SYM || !p->sym->ident)
		return false;
	for (i = 0; i < MAX_OFFSET_VARS && percpu_offsets[i]; i++)
		if (!strcmp(show_ident(p->sym->ident), percpu_offsets[i]))
			return true;
	return false;
}

/*
 * @p comes from a per-CPU offset variable: an asm reading it (x86's
 * this_cpu_ptr() adds %gs:this_cpu_off in one), or a load of it or of an
 * element of it (per_cpu_ptr() adds __per_cpu_offset[cpu]).  Other asms,
 * cmpxchg() among them, may well return NULL.
 */
static bool from_percpu_offset(pseudo_t p, int depth)
{
	struct instruction *def = def_of(p);
	struct asm_constraint *in;

	if (!def || depth > MAX_CHASE)
		return false;
	switch (def->opcode) {
	case OP_COPY:
	case OP_ZEXT:
	case OP_SEXT:
	case OP_PTRCAST:
	case OP_UTPTR:
	case OP_PTRTU:
		return from_percpu_offset(def->src, depth + 1);
	case OP_LOAD:
		if (is_percpu_offset(def->src))
			return true;
		def = def_of(def->src);
		return def && def->opcode == OP_ADD &&
		       (is_percpu_offset(def->src1) || is_percpu_offset(def->src2));
	case OP_ASM:
		if (!def->asm_rules)
			return false;
		FOR_EACH_PTR(def->asm_rules->inputs, in) {
			if (is_percpu_offset(in->pseudo))
				return true;
		} END_FOR_EACH_PTR(in);
		return false;
	default:
		return false;
	}
}

/* The signed comparisons, with 0: which signs make each true. */
static const struct compare {
	int op, negated;
	unsigned char yes;
} compares[] = {
	{ OP_SET_EQ, OP_SET_NE, SIGN_ZERO },
	{ OP_SET_NE, OP_SET_EQ, SIGN_NONZERO },
	{ OP_SET_LT, OP_SET_GE, SIGN_NEG },
	{ OP_SET_LE, OP_SET_GT, SIGN_NEG | SIGN_ZERO },
	{ OP_SET_GT, OP_SET_LE, SIGN_POS },
	{ OP_SET_GE, OP_SET_LT, SIGN_ZERO | SIGN_POS },
};

static const struct compare *compare_of(int op)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(compares); i++)
		if (compares[i].op == op)
			return &compares[i];
	return NULL;
}

/* A boolean from a comparison of @x with 0, given @x's signs. */
static unsigned int compare_signs(const struct compare *cmp, unsigned int x)
{
	if (!(x & ~cmp->yes))
		return SIGN_POS;
	if (!(x & cmp->yes))
		return SIGN_ZERO;
	return SIGN_ZERO | SIGN_POS;
}

static unsigned int signs_at(const struct facts *k, pseudo_t p, int depth);

/*
 * What facts on other masks of @p say of @p & @mask: zero if a wider mask
 * is, non-zero if a narrower one is (in_interrupt() known false answers
 * in_softirq() and in_task()).  Mask 0 is the whole value.
 */
static unsigned int masked_signs(const struct facts *k, pseudo_t p,
				 unsigned long long mask)
{
	int i;

	for (i = 0; i < k->n; i++) {
		const struct fact *f = &k->f[i];
		unsigned long long m = f->mask ? f->mask : ~0ULL;

		if (f->p != p)
			continue;
		if (f->signs == SIGN_ZERO && !(mask & ~m))
			return SIGN_ZERO;
		if (!(f->signs & SIGN_ZERO) && f->mask && !(m & ~mask))
			return SIGN_POS;
	}
	return SIGN_ANY;
}

/*
 * "cond ? ptr : NULL", as sparse turns a merge of a pointer and NULL into:
 * the side the facts pick, a pointer beside NULL taken as non-NULL.
 */
static unsigned int select_signs(const struct facts *k, struct instruction *sel,
				 int depth)
{
	int t = facts_truth(k, sel->src1);
	pseudo_t side, other;

	if (t < 0)
		return SIGN_ANY;
	side = t ? sel->src2 : sel->src3;
	other = t ? sel->src3 : sel->src2;
	if (side->type == PSEUDO_VAL)
		return sign_of_sized(side->value, sel->size);
	if (is_zero(other) &&
	    signs_at(k, side, depth + 1) == SIGN_ANY)
		return SIGN_NONZERO;
	return signs_at(k, side, depth + 1);
}

static unsigned int signs_at(const struct facts *k, pseudo_t p, int depth)
{
	struct instruction *def;
	struct fact *f;

	if (!p || depth > MAX_CHASE)
		return SIGN_ANY;
	if (p->type == PSEUDO_VAL)
		return SIGN_ANY;
	f = find(k, p, 0, 0);
	if (f)
		return f->signs;
	def = def_of(p);
	if (!def)
		return SIGN_ANY;
	if (from_percpu_offset(p, 0))
		return SIGN_NONZERO;
	switch (def->opcode) {
	case OP_LOAD:
		f = def->offset >= 0 && def->offset < MAX_SLOT ?
		    find(k, def->src, 0, def->offset + 1) : NULL;
		return f ? f->signs : SIGN_ANY;
	case OP_COPY:
	case OP_SEXT:
		return signs_at(k, def->src, depth + 1);
	case OP_ZEXT: {
		unsigned int s = signs_at(k, def->src, depth + 1);

		return s & SIGN_NEG ? (s & SIGN_ZERO) | SIGN_POS : s;
	}
	case OP_ADD:
		/*
		 * A field or element of a non-NULL pointer is non-NULL.  sparse
		 * types the addition as an integer: the pointer is known by
		 * the instruction that produced it.
		 */
		if (points(def->src1) &&
		    !(signs_at(k, def->src1, depth + 1) & SIGN_ZERO))
			return SIGN_POS;
		/* A per-CPU pointer plus its CPU's offset: per_cpu_ptr(). */
		if (from_percpu_offset(def->src1, depth + 1) ||
		    from_percpu_offset(def->src2, depth + 1))
			return SIGN_NONZERO;
		return SIGN_ANY;
	case OP_AND: {
		unsigned int whole;

		/* "loop && not_atomic": zero if either side is. */
		if (def->src2->type != PSEUDO_VAL)
			return signs_at(k, def->src1, depth + 1) == SIGN_ZERO ||
			       signs_at(k, def->src2, depth + 1) == SIGN_ZERO ?
			       SIGN_ZERO : SIGN_ANY;
		f = find(k, def->src1, def->src2->value, 0);
		if (f)
			return f->signs;
		whole = masked_signs(k, def->src1, def->src2->value);
		if (whole != SIGN_ANY)
			return whole;
		/* preempt_count() & SOFTIRQ_MASK: the count read, both masks */
		if (def_of(def->src1) && def_of(def->src1)->opcode == OP_AND &&
		    def_of(def->src1)->src2->type == PSEUDO_VAL) {
			struct instruction *inner = def_of(def->src1);

			whole = masked_signs(k, inner->src1,
					     def->src2->value & inner->src2->value);
			if (whole != SIGN_ANY)
				return whole;
		}
		/* preempt_count() masks off PREEMPT_NEED_RESCHED: keeps the count */
		whole = signs_at(k, def->src1, depth + 1);
		if (whole == SIGN_ZERO)
			return SIGN_ZERO;
		if (whole == SIGN_POS && (def->src2->value & 0xffffff) == 0xffffff)
			return SIGN_POS;
		return SIGN_ANY;
	}
	case OP_SEL:
		return select_signs(k, def, depth);
	default:
		break;
	}
	if (compare_of(def->opcode) && is_zero(def->src2))
		return compare_signs(compare_of(def->opcode),
				     signs_at(k, def->src1, depth + 1));
	return SIGN_ANY;
}

unsigned int facts_signs(const struct facts *k, pseudo_t p)
{
	return signs_at(k, p, 0);
}

int facts_truth(const struct facts *k, pseudo_t p)
{
	unsigned int s = facts_signs(k, p);

	if (!(s & SIGN_ZERO))
		return 1;
	if (s == SIGN_ZERO)
		return 0;
	return -1;
}

/* What "x OP K" being @taken says of x's sign, for a constant K. */
static unsigned int implied(int op, long long k, bool taken)
{
	const struct compare *cmp = compare_of(op);

	if (cmp && !taken)
		cmp = compare_of(cmp->negated);
	if (!cmp)
		return SIGN_ANY;
	if (k == 0)
		return cmp->yes;
	if (cmp->op == OP_SET_EQ)
		return sign_of(k);
	if (k > 0 && (cmp->op == OP_SET_GE || cmp->op == OP_SET_GT))
		return SIGN_POS;
	if (k < 0 && (cmp->op == OP_SET_LE || cmp->op == OP_SET_LT))
		return SIGN_NEG;
	return SIGN_ANY;
}

void facts_branch(struct facts *k, pseudo_t cond, bool taken)
{
	struct instruction *def;
	int n;

	facts_add(k, cond, 0, taken ? SIGN_NONZERO : SIGN_ZERO);
	for (n = 0; (def = def_of(cond)) && n < MAX_CHASE; n++) {
		switch (def->opcode) {
		case OP_COPY:
		case OP_ZEXT:
		case OP_SEXT:
			cond = def->src;
			facts_add(k, cond, 0, taken ? SIGN_NONZERO : SIGN_ZERO);
			continue;
		case OP_AND:
			if (def->src2->type == PSEUDO_VAL) {
				facts_add(k, def->src1, def->src2->value,
					  taken ? SIGN_NONZERO : SIGN_ZERO);
			} else if (taken && def->size == 1) {
				/* Both tests of "a && b" held. */
				facts_branch(k, def->src1, true);
				facts_branch(k, def->src2, true);
			}
			return;
		default:
			break;
		}
		if (!compare_of(def->opcode) || def->src2->type != PSEUDO_VAL)
			return;
		/* "ret < 0", "!ptr", "err == -EAGAIN": a fact on the operand */
		facts_add(k, def->src1, 0,
			  implied(def->opcode,
				  signed_value(def->src2->value,
					       def->itype ? def->itype->bit_size : 0),
				  taken));
		return;
	}
}

void facts_store(struct facts *k, struct instruction *st)
{
	int i, n = 0, slot;

	if (!st->src || st->src->type == PSEUDO_VAL || st->offset < 0 ||
	    st->offset >= MAX_SLOT)
		return;
	slot = st->offset + 1;
	for (i = 0; i < k->n; i++)
		if (k->f[i].p != st->src || k->f[i].slot != slot)
			k->f[n++] = k->f[i];
	k->n = n;
	if (st->target && st->target->type == PSEUDO_VAL)
		add(k, st->src, 0, slot, sign_of_sized(st->target->value, st->size));
	else
		add(k, st->src, 0, slot, facts_signs(k, st->target));
}
