/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Questions asked of sparse's linearized IR: what an instruction calls,
 * which inlined API it came from, what a value is when it is constant.
 */
#ifndef KS_IR_H
#define KS_IR_H

#include <stdbool.h>

#include "step.h"
#include <sparse/lib.h>
#include <sparse/linearize.h>

struct effect;

struct field_test;

/* Constant arguments a body is analysed with, for specialization. */
#define MAX_BOUND_ARGS	8
struct binding {
	unsigned long known;		/* bit i: argument i+1 is bound */
	long long val[MAX_BOUND_ARGS];
	/* Bits of argument i+1 known to be zero, when it is not bound. */
	unsigned long long clear[MAX_BOUND_ARGS];
	/* ... and known to be one (flags & INTEL_WAKEREF_PUT_ASYNC). */
	unsigned long long set[MAX_BOUND_ARGS];
	/* bit i: argument i+1 is an object's address, never NULL (&dispose) */
	unsigned long nonnull;
	/*
	 * A fact about a struct field rather than an argument: the bits
	 * load_clear() returns for a load are clear, or a load for which
	 * load_nonnull() is true is never NULL (field-bits.h).
	 */
	const struct field_test *field;
	unsigned long long (*load_clear)(const struct binding *b, struct instruction *load);
	bool (*load_nonnull)(const struct binding *b, struct instruction *load);
};

/* The bits of @p that @bind says are zero (a constant's are its zeros). */
unsigned long long known_clear_bits(pseudo_t p, const struct binding *bind);
/* The bits of @p that @bind says are one (a constant's are its ones). */
unsigned long long known_set_bits(pseudo_t p, const struct binding *bind);
/*
 * Whether @p is, through casts, an argument or a field's load @bind says
 * is never NULL.
 */
bool nonnull_value(pseudo_t p, const struct binding *bind);
/* Bit i: the binding says something of argument i+1. */
unsigned long binding_args(const struct binding *b);

/*
 * A test of an argument in a body: "arg & mask", or "arg == value" (a
 * switch case, a test for zero).  What a caller in another file passes
 * decides it, so the summary keeps the function's expectation for the
 * value or the cleared bits that make the test false.
 */
struct arg_test {
	int arg;			/* from 1 */
	bool mask;			/* "arg & value" rather than "arg == value" */
	long long value;
};

/*
 * The tests of arguments in @params (bit i: argument i+1) in @ep, added to
 * the @n of @out, at most @max: the new count.
 */
int arg_tests(struct entrypoint *ep, unsigned long params, struct arg_test *out, int n,
	      int max);
int arg_test_add(struct arg_test *out, int n, int max, int arg, bool mask, long long value);
/* What @p is a copy, extension or truncation of; NULL past a deep chain. */
pseudo_t through_casts(pseudo_t p);
/* The argument @p is, through casts: from 1, or 0. */
int argument_of(pseudo_t p);
/* The parameter a pointer @p is, through copies and pointer casts: from 1, or 0. */
int parameter_of(pseudo_t p);

const char *symbol_name(struct symbol *sym);
/* The function a call or inlined-call marker names, or NULL if indirect. */
struct symbol *called_symbol(struct instruction *insn);
/* The @n-th (1-based) argument of a call or marker, or NULL. */
pseudo_t call_argument(struct instruction *insn, int n);
/* Whether argument @n (1-based) of a call or marker has type gfp_t. */
bool argument_is_gfp(struct instruction *insn, int n);
/* The @n-th argument of the call or inlined-call entry @insn is a pointer. */
bool argument_is_pointer(struct instruction *insn, int n);
/* Whether parameter @n (from 1) of function @fn is a gfp_t. */
bool parameter_is_gfp(struct symbol *fn, int n);
/* The type a declaration (a SYM_NODE, maybe several deep) stands for. */
struct symbol *strip_node(struct symbol *t);
/* Parameter @n (from 1) of function @fn: its declaration, a SYM_NODE. */
struct symbol *nth_argument_type(struct symbol *fn, int n);

/*
 * The value of @p if it is a constant, with the function's arguments
 * bound by @bind.  Arguments it needed but @bind lacks are added to @deps.
 */
bool const_value(pseudo_t p, const struct binding *bind, unsigned long *deps,
		 long long *val);
/*
 * ... or, for a branch's condition, non-zero (1 in @val) though its value
 * is not known: "flags & MASK" with a bit of MASK bound set.
 */
bool const_truth(pseudo_t p, const struct binding *bind, unsigned long *deps,
		 long long *val);

/*
 * The few values @p may take, with @bind's arguments bound: a phi or select
 * whose sources are each constant, or an operation on such values
 * (gfp_mask | __GFP_MEMALLOC on one path).  Returns how many, at most
 * MAX_VALUE_SET, stored in @vals; 0 when @p is not such a set.
 */
#define MAX_VALUE_SET	4
int const_values(pseudo_t p, const struct binding *bind, long long *vals);

/*
 * @p is the address of a variable or function, which is never NULL: the
 * branch in a guard's destructor, "if (_T->lock)", once sparse has seen
 * that the lock is a global's address.  Sparse drops the weak attribute,
 * the one exception, so no symbol is taken for weak.
 */
bool is_object_address(pseudo_t p);

/*
 * The pseudo an address @p is a constant offset from, through copies and
 * casts (&priv->nb is priv plus the member's offset), the offset in @off.
 */
pseudo_t base_offset(pseudo_t p, long long *off);

/*
 * Whether the address @p points into a struct @tag: at one, or at a member
 * of one at any depth (&dev->lock->rlock is in a struct spinlock), as far
 * as the IR's types say.
 */
bool points_into(pseudo_t p, const char *tag);

/*
 * The macro the source wrote where @insn (or the inlined API around it)
 * comes from, kcalloc for kcalloc() expanding to kmalloc_array_noprof();
 * NULL when the call there is no macro's.
 */
const char *macro_written(struct instruction *insn);

/* The API the user wrote around @insn: request_irq(), not request_threaded_irq(). */
const char *api_written(struct instruction *insn);

/* The user's function an inlined API was reached through, if any. */
const char *inlined_from(struct instruction *insn, const char *api);

/* Where a report about @insn goes: the user's line, not a header's. */
struct loc report_pos(struct instruction *insn);
struct loc loc_of(struct position pos);

#endif
