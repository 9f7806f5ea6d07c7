/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The bits each integer struct field may hold in the linked program, and
 * whether each function pointer field may be NULL, from every file's
 * "bits" lines (klint-sparse's field-bits.h); and the functions whose
 * sleep hangs on a bit no store sets, or on a pointer no store leaves
 * NULL.
 *
 * A field no input stores into holds no bit, and is no pointer known not
 * to be NULL: the facts are as complete as the input.  An object zeroed
 * at run time (kzalloc()) and never stored into holds NULL unseen.  A link of one directory does not see a flag set in another
 * (check a module against the kernel's database, which carries the
 * kernel's facts), and a database's summaries assume its own kernel's
 * facts even when a module sets a bit no kernel code does.
 */
#ifndef KS_LINK_BITS_H
#define KS_LINK_BITS_H

struct link;
struct unit_record;

/*
 * Joins the inputs' facts, then takes each function whose field case
 * holds on it for good: its expectation is the case's, and the points
 * the case does not reach are dropped.  Before calls are resolved.
 */
void link_bits_apply(struct link *l);
/* The joined facts as "bits" records, for the database. */
struct bits_record *link_bits_records(const struct link *l);

#endif
