/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Which bits an integer struct field may ever hold.  A test such as
 * "if (!(p->capabilities & UART_CAP_RPM)) return;" decides whether a sleep
 * is reached, and when no store in the linked program sets that bit the
 * test always goes the same way.  Each file records what its stores into
 * integer fields may set: constant bits, another field's bits (a copy),
 * or anything; klint-link joins the files and decides.
 *
 * Stores are found in the IR of the file's functions (inline helpers
 * included, as they are inlined) and in initializers (field_scan()).  A
 * field whose address is taken for anything but a load or a store of it
 * may be set by anything: set_bit(), a callee.  Not seen: bytes copied
 * into a struct from a buffer (memcpy(), copy_from_user()); whatever they
 * set is taken to be clear, the one place this analysis trusts the code.
 *
 * Function pointer fields get the same treatment for one question: may
 * the field be NULL ("if (hdev->ll_driver->request)")?  An initializer
 * that names a function's or an object's address never is; a member an
 * initializer leaves out, a static object with no initializer may be, and
 * so may any store at run time: the object may have been allocated
 * without it (NFS's pgio_done_cb, set for pNFS only).  Not seen: an ops
 * object zeroed at run time (kzalloc()) and never stored into.
 */
#ifndef KS_FIELD_BITS_H
#define KS_FIELD_BITS_H

#include <stdbool.h>

#include <sparse/linearize.h>

struct binding;
struct field_store;

/* More copies into one field than this and it may hold anything. */
#define MAX_BITS_FROM	4

struct field_bits {
	const char *type, *member;	/* as field.c names them */
	bool any;			/* any bit; for a pointer, maybe NULL */
	bool nonnull;			/* a pointer: some store is an address */
	unsigned long long bits;
	int nr_from;
	const char *from_type[MAX_BITS_FROM], *from_member[MAX_BITS_FROM];
};

/* The stores of one file, one entry a field. */
struct field_bits_set {
	struct field_bits *v;
	int nr, max;
};

void field_bits_reset(struct field_bits_set *set);
/* An integer field's initializer, or an object's pointer field, as field_scan() reports it. */
void field_bits_add_init(struct field_bits_set *set, const struct field_store *st);
/* The stores and the address-taking in @ep. */
void field_bits_scan(struct field_bits_set *set, struct entrypoint *ep);

/*
 * "field & mask" tested in a body: a global fact may make it false.  With
 * @nonnull, a function pointer field tested for NULL, which a global fact
 * may make true.
 */
struct field_test {
	const char *type, *member;
	unsigned long long mask;
	bool nonnull;
};

/* Adds the tests in @ep to the @n of @out, at most @max: the new count. */
int field_tests(struct entrypoint *ep, struct field_test *out, int n, int max);
/*
 * Makes @b say that the bits of @t's mask are clear in every load of its
 * field, or with @t->nonnull, that every load of it is not NULL.
 */
void field_test_bind(struct binding *b, const struct field_test *t);

#endif
