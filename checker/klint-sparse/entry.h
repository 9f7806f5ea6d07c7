/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Entry contexts: functions the kernel calls in interrupt context, known
 * by where they are registered.  A handler passed to request_irq(), a
 * timer callback stored in a timer_list: which API or field registers
 * what, in which context, is in the tables (registers=K:CONTEXT rows,
 * @entry-field directives), not here.
 */
#ifndef KS_ENTRY_H
#define KS_ENTRY_H

#include "atomic.h"
#include "ir.h"

struct field_store;
struct func;

/*
 * A function of this file passed to an API that calls it before it
 * returns (an iterator, a comparator): the lowest depths it is entered
 * with there, what made each atomic, and the arguments the API gives it.
 */
struct sync_entry {
	struct func *g;
	int lo[NR_DIMS];
	struct origin origin[NR_DIMS];
	struct binding bind;
	struct sync_entry *next;
};

/*
 * Finds the registrations in the @n functions of @funcs and in the
 * @nr_stores stores into struct fields, and makes each registered function
 * of this file be analysed as entered in its context.
 */
void entry_scan(struct func **funcs, int n, const struct field_store *stores,
		int nr_stores);
/* Records @e (copied): a callback entered as it says, for entry_passes(). */
void entry_pass(const struct sync_entry *e);
/* What entry_pass() recorded since entry_scan(), the last first. */
const struct sync_entry *entry_passes(void);
/*
 * @fn, a function of another file, is passed at @pos to @api, which calls
 * it entered as @e says: for the link step, which knows its summary.
 */
void entry_pass_elsewhere(struct symbol *fn, struct loc pos, const char *api,
			  const struct sync_entry *e);
struct pass_record *entry_passed_elsewhere(void);
/* What entry_scan() found registered of functions of other files. */
struct register_record *entry_registrations(void);

#endif
