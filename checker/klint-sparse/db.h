/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Summaries of code outside the file being checked, from databases that
 * klint-link wrote (--db=FILE): an out-of-tree module is checked against
 * vmlinux's summaries in one pass, without vmlinux's sources.
 */
#ifndef KS_DB_H
#define KS_DB_H

#include <stdbool.h>

struct fn_record;

/* Loads @path for the whole run; false after an error naming it. */
bool db_load(const char *path);
/* The global function @name's summary, or NULL. */
const struct fn_record *db_lookup(const char *name, int len);

#endif
