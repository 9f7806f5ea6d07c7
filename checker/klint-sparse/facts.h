/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What a path knows about values: for each of a few pseudos (or some bits
 * of one), the signs it may have.  Branches add facts ("if (ret < 0)"
 * leaves ret negative on one side and zero or positive on the other),
 * merges keep the facts both sides share.  The signs are what kernel
 * functions use to say what happened: 0 for success, -errno for failure,
 * a positive count, NULL or an object.
 */
#ifndef KS_FACTS_H
#define KS_FACTS_H

#include <stdbool.h>

#include <sparse/linearize.h>

#define SIGN_NEG	1
#define SIGN_ZERO	2
#define SIGN_POS	4
#define SIGN_NONZERO	(SIGN_NEG | SIGN_POS)
#define SIGN_ANY	(SIGN_NEG | SIGN_ZERO | SIGN_POS)

#define MAX_FACTS	8

/*
 * @p's value, or with a mask its bits in @mask, has one of @signs.  With
 * @slot, the value in memory @slot - 1 bytes past the address @p: what the
 * path last stored there (vmf->pte = pte_offset_map_lock(...)).
 */
struct fact {
	pseudo_t p;
	unsigned long long mask;
	int slot;
	unsigned char signs;
};

struct facts {
	int n;
	struct fact f[MAX_FACTS];
};

/*
 * @name holds CPU offsets of per-CPU data (this_cpu_off, __per_cpu_offset):
 * an address computed from one is a per-CPU object's, never NULL.
 */
void facts_percpu_offset(const char *name);

unsigned int sign_of(long long v);
/* The sign of a constant operand of @bits bits, as sparse keeps it unsigned. */
unsigned int sign_of_sized(long long v, unsigned int bits);
/* Adds (narrows) what is known of @p & @mask; mask 0 is the whole value. */
void facts_add(struct facts *k, pseudo_t p, unsigned long long mask,
	       unsigned int signs);
/* The signs @p may have here, from facts on it or on what it is made of. */
unsigned int facts_signs(const struct facts *k, pseudo_t p);
/* 1 or 0 if @p is known non-zero or zero here, else -1. */
int facts_truth(const struct facts *k, pseudo_t p);
/* The branch on @cond went the @taken way: what that says of values. */
void facts_branch(struct facts *k, pseudo_t cond, bool taken);
/*
 * The store @st ran: what the path knows of the stored value holds for
 * the memory until the function stores there again.  A load from the
 * same address pseudo and offset then has those signs.  Callees and
 * stores through other pointers are assumed not to write it: a lock
 * returned through a struct field keeps its fact.
 */
void facts_store(struct facts *k, struct instruction *st);
/* @p is defined again (a loop came round): forget what was known. */
void facts_forget(struct facts *k, pseudo_t p);
/* Keeps in @into what holds on both sides, widened to both's signs. */
void facts_meet(struct facts *into, const struct facts *from);
bool facts_eq(const struct facts *a, const struct facts *b);
/* How many facts @a and @b share exactly. */
int facts_shared(const struct facts *a, const struct facts *b);

#endif
