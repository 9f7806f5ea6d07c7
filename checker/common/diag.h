/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Diagnostics in gcc's form.  They are collected per file, then sorted by
 * position and printed once each: the analysis visits functions bottom-up,
 * not in the order a reader expects.
 */
#ifndef KS_DIAG_H
#define KS_DIAG_H

#include <stdbool.h>

#include "step.h"

enum category {
	CAT_ATOMIC_SLEEP,	/* -Watomic-sleep: sleeping in atomic context */
	CAT_MAYBE_ATOMIC,	/* -Wmaybe-atomic-sleep: atomic on some paths only */
	CAT_UNBALANCED,		/* -Wunbalanced-return: paths disagree at return */
	CAT_ANNOTATION,		/* -Wannotation-mismatch: attribute vs inference */
	CAT_LAST_REF,		/* -Wlast-reference-sleep: only if a put drops the last ref */
	CAT_TABLE_MISMATCH,	/* -Wtable-mismatch: a table row vs the body it describes */
	NR_CATEGORIES
};

#define MAX_CHAINS	3
#define DIAG_ALSO	"also called here"

struct step;

struct diag {
	enum category cat;
	struct loc pos;
	const char *msg;
	const char *func;		/* the function it is in, when known */
	bool carried;			/* read from a summary file, not found now */
	const struct step *chains[MAX_CHAINS];	/* printed as notes, in order */
	/*
	 * The other sites of the same chain: notes after the chains, not in
	 * the key; each reads DIAG_ALSO.
	 */
	const struct step *also;
	/* The function stored in the field a call went through, if it did. */
	const char *candidate;
	int seq;			/* the order it was emitted in */
	struct diag *next;
};

/* "atomic-sleep" and back; -1 if unknown. */
const char *diag_category_name(enum category cat);
int diag_category_parse(const char *name);
/* The function diagnostics created from now on are in. */
void diag_function(const char *name);
const char *diag_current_function(void);
/* diag_flush() prints only what @keep says yes to: patch review's baseline. */
void diag_filter(bool (*keep)(const struct diag *d));
/*
 * diag_flush() also hands each diagnostic it prints to @sink, with its
 * category's name: the SARIF log, which the mains install so that this
 * module needs nothing of the formats its output goes to.
 */
void diag_set_sink(void (*sink)(const struct diag *d, const char *category));
/*
 * What identifies a warning across versions of the code: its kind, its
 * function, its message and the texts of its notes, no line numbers, so
 * that moved code does not bring an old warning back.
 */
const char *diag_key(const struct diag *d);
/* Calls @fn on each diagnostic diag_flush() would print, in its order. */
void diag_for_each(void (*fn)(const struct diag *d, void *arg), void *arg);
/* Parses "atomic-sleep" etc. after -W or -Wno-; false if not ours. */
bool diag_category_switch(const char *name, bool on);
struct diag *diag_new(enum category cat, struct loc pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void diag_add_chain(struct diag *d, const struct step *chain);
void diag_emit(struct diag *d);
/* Prints this file's diagnostics; returns how many warnings. */
int diag_flush(void);

#endif
