/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Summary files: what klint-sparse learned of one C file, for the link
 * step (klint-link) and for checking other code against it (--db).  A
 * line-based text format in the spirit of Module.symvers, so that it can
 * be grepped and diffed; Documentation/summary-format.rst describes it.
 *
 * A merged database is the same format with only "fn" records, each
 * complete, plus "warn" records for patch review.
 */
#ifndef KS_SUMMARY_FILE_H
#define KS_SUMMARY_FILE_H

#include <stdbool.h>
#include <stdio.h>

#include "pending.h"
#include "diag.h"
#include "summary.h"

#define SUMMARY_MAGIC		"klint-summary"
#define DATABASE_MAGIC		"klint-db"
#define SUMMARY_VERSION		1
/* The highest argument a gfp-expect line may name. */
#define MAX_BOUND_GFP		8

/*
 * What the pointers to const of a record point to is never written: the
 * reader gives records that have the same one the same copy (intern.h).
 */
struct fn_record {
	const char *name;
	const char *unit;		/* the C file it is defined in */
	bool is_static;
	bool exported;			/* EXPORT_SYMBOL*: modules may call it */
	struct loc pos;
	const struct summary *sum;	/* expect is the closed expectation */
	const struct kstate *assume;	/* entry states the body relies on */
	int gfp_param;			/* see struct func */
	const struct expect *gfp_expect;
	int nr_cases;
	struct value_case *cases;	/* nr_cases of them */
	struct param_reg *regs;		/* the parameters it registers */
	/*
	 * What a table row says of this function, for -Wtable-mismatch:
	 * where the row is (NULL: no row), whether it sleeps (1, 0, or -1
	 * when the row makes it depend on something), its preempt depth
	 * change (row_has_adj).
	 */
	const char *row;
	int row_sleep;
	bool row_has_adj;
	int row_adj;
	struct point *points;
	int nr_rets;
	const struct ret_case *rets;	/* nr_rets of them */
	struct fn_record *next;		/* in its unit */
};

struct field_record {
	const char *type, *member;	/* struct TYPE's field MEMBER holds FN */
	const char *fn;
	bool fn_static;
	struct loc pos;
	struct field_record *next;
};

/*
 * What the file's stores may set in an integer field (a line each):
 * @bits, or @any bit, or what field @from_member of @from_type holds.
 * For a function pointer field: @nonnull, only addresses, never NULL, or
 * @any value, NULL included, or a copy of another field.
 */
struct bits_record {
	const char *type, *member;
	bool any;
	bool nonnull;
	unsigned long long bits;
	const char *from_type, *from_member;
	struct bits_record *next;
};

/*
 * A function of another file registered here to run in an atomic context,
 * by a call or by a store into a field with a contract.
 */
struct register_record {
	const char *fn;
	bool fn_static;
	int ctx;			/* entry_context_parse() */
	struct loc pos;
	const char *api;		/* request_irq, or for a store hrtimer.function */
	const char *row;		/* a store's @entry-field, "entry.tbl:24"; or NULL */
	/* Through a wrapper of @api: the calls handing it on, or NULL. */
	const struct step *via;
	struct register_record *next;
};

/*
 * A function of another file passed here to an API that calls it before
 * it returns: the lowest state it is entered in, each atomic depth's
 * origin led by the note of the call that passes it.
 */
struct pass_record {
	const char *fn;
	bool fn_static;
	struct loc pos;
	const char *api;
	struct kstate at;
	struct pass_record *next;
};

struct warn_record {
	const struct diag *d;		/* with d->func set */
	struct warn_record *next;
};

struct unit_record {
	const char *path;		/* where it was read from */
	const char *unit;		/* the C file, as the compiler was given it */
	const char *module;		/* the module it is linked into, or NULL */
	bool database;
	struct fn_record *fns;
	struct field_record *fields;
	struct bits_record *bits;
	struct register_record *registers;
	struct pass_record *passes;
	struct warn_record *warns;
	struct unit_record *next;
};

/* The diagnostics to be printed, as warn records: for a review baseline. */
struct warn_record *record_warnings(void);
/* Writes @u to @out; false on a write error. */
bool record_write(FILE *out, const struct unit_record *u);
/*
 * Reads the summary file or database @path.  NULL on any error, after
 * printing one message naming the file and line: a partly read file is
 * never used.  Records live in the arena until arena_free_all().
 */
struct unit_record *record_read(const char *path);
/* The same from memory, for the fuzzer; @name is for messages. */
struct unit_record *record_parse(const char *name, const char *buf, size_t len);
/* Writes @u to @path through a temporary file and rename(2). */
bool record_write_file(const char *path, const struct unit_record *u);

#endif
