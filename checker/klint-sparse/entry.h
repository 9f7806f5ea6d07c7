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

struct field_store;
struct func;

/*
 * Finds the registrations in the @n functions of @funcs and in the
 * @nr_stores stores into struct fields, and makes each registered function
 * of this file be analysed as entered in its context.
 */
void entry_scan(struct func **funcs, int n, const struct field_store *stores,
		int nr_stores);
/* What entry_scan() found registered of functions of other files. */
struct register_record *entry_registrations(void);

#endif
