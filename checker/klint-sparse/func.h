/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The functions defined in the file being checked, with their IR and
 * summaries, and the table of them.
 */
#ifndef KS_FUNC_H
#define KS_FUNC_H

#include <stdbool.h>

#include "ir.h"
#include "pending.h"
#include "summary.h"

struct symbol;
struct entrypoint;
struct spec;

#define MAX_PASSED_VALUES	2

/* The constants a function's callers in this file pass for a parameter. */
struct passed_values {
	int n;				/* -1: more than MAX_PASSED_VALUES */
	long long val[MAX_PASSED_VALUES];
};

struct func {
	struct symbol *sym;
	struct entrypoint *ep;
	const char *name;
	struct summary sum;
	bool finished;			/* its component is solved */
	struct range assume[NR_DIMS];	/* entry states the body may rely on */
	struct origin assume_origin[NR_DIMS];
	const struct expect *declared;	/* from the source attribute */
	struct kstate declared_adj;
	bool declared_unchecked, has_declared_adj;
	struct spec *specs;		/* spec.c's cache */
	struct param_reg *regs;		/* the parameters it registers (wrapper.c) */
	/* What the link step must finish, from the reporting pass. */
	struct pending pend;
	bool open;
	/*
	 * gfp_param: a gfp_t parameter whose mask decides whether it sleeps
	 * (from 1; 0 if none), and gfp_expect, its expectation when that
	 * mask cannot block (GFP_ATOMIC): for calls from other files.
	 */
	int gfp_param;
	struct expect gfp_expect;
	/*
	 * The tests of its other arguments, its own and those of the
	 * functions it hands them to, and for a global function its
	 * expectation when each is false (pending.h).
	 */
	int nr_tests;
	struct arg_test tests[MAX_VALUE_CASES];
	int nr_cases;
	struct value_case cases[MAX_VALUE_CASES];
	/* A static function: what its callers in this file pass (handon.h). */
	struct passed_values passed[MAX_BOUND_ARGS];
	/* call graph */
	int index, low, scc;
	bool on_stack;
};

/* The functions of one file, in the order unit_check() leaves them. */
struct func_table {
	struct func **funcs;
	int nr, max;
};

/*
 * The function @sym defines with body @ep, with what its source attribute
 * and its context annotations say about its entry: func_of(@sym) finds it
 * until func_table_unlink().
 */
struct func *func_new(struct symbol *sym, struct entrypoint *ep);
void func_table_add(struct func_table *t, struct func *f);
/* func_of() no longer finds the functions of @t, which keeps them. */
void func_table_unlink(struct func_table *t);
/* The function a call's symbol names, when its body is in this file. */
struct func *func_of(struct symbol *sym);

#endif
