/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The summary file of one checked file: what goes in it and where it
 * goes.
 */
#ifndef KS_UNIT_RECORD_H
#define KS_UNIT_RECORD_H

#include <stdbool.h>

struct unit;
struct unit_record;

/* The summary file's records of what unit_check() found in @file. */
struct unit_record *unit_record(const struct unit *unit, const char *file);
/*
 * Where the summary of the file being checked goes: @summary
 * (--summary=FILE), else, unless @no_summary, next to the object kbuild
 * builds, which its @depfile (-Wp,-MMD,DIR/.NAME.o.d) names, under
 * $KLINT_SUMMARY_DIR if set; else nowhere.  Creates the directories under
 * $KLINT_SUMMARY_DIR.
 */
const char *summary_path(const char *summary, bool no_summary, const char *depfile);

#endif
