/* SPDX-License-Identifier: GPL-2.0 */
/*
 * SARIF 2.1.0 output, for review bots and CI dashboards, besides the gcc
 * form on stderr.  Each main installs sarif_add() as diag_flush()'s sink;
 * the log is written once, at the end of the run, so that a reader never
 * sees a run half reported.  klint-sparse and klint-link share it: each
 * calls sarif_enable() after parsing its options and sarif_finish()
 * before it exits.
 */
#ifndef KS_SARIF_H
#define KS_SARIF_H

struct diag;

/*
 * Records diagnostics from now on, to be written to @path (which must live
 * until sarif_finish()) as the run of error_progname().
 */
void sarif_enable(const char *path);

/*
 * Records @d, whose rule is @rule ("atomic-sleep"); copies everything, as
 * @d lives in the arena of one file.  Does nothing unless enabled.
 */
void sarif_add(const struct diag *d, const char *rule);

/*
 * Writes the log if enabled, also with no results.  Returns non-zero after
 * printing an error naming the file; the file is then left as it was.
 */
int sarif_finish(void);

#endif
