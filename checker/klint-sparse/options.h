/* SPDX-License-Identifier: GPL-2.0 */
/*
 * klint-sparse's own options, taken out of the command line before sparse
 * sees the rest (kbuild's whole gcc command line).
 */
#ifndef KS_OPTIONS_H
#define KS_OPTIONS_H

#include <stdbool.h>

struct options {
	const char *annotations;	/* directory of *.tbl */
	const char **extra_tables;	/* --annotations-file=FILE, repeatable */
	int nr_extra_tables;
	bool preempt_rt;
	/* (major << 8) | minor: --kernel-version, linux/version.h, or 6.1 */
	int kernel_version;
	bool sparse_warnings;		/* let sparse's own warnings through */
	bool dump_summaries;		/* print each function's summary */
	bool dump_ir;			/* print each function's linearized IR */
	/*
	 * --unresolved-may-sleep: an indirect call no stored function is
	 * known for is taken to sleep (klint's choice) rather than to do
	 * nothing.
	 */
	bool unresolved_may_sleep;
	const char *sarif;		/* --sarif=FILE: also write a SARIF log */
	const char *summary;		/* --summary=FILE: where the summary goes */
	bool no_summary;
	const char *depfile;		/* kbuild's -Wp,-MMD,DIR/.NAME.o.d */
	const char **dbs;		/* --db=FILE, repeatable: summaries of other code */
	int nr_dbs;
};

extern struct options opts;

/* Removes our options from argv; returns the new argc. */
int options_parse(int argc, char **argv);
const char *default_annotations_dir(const char *argv0);

#endif
