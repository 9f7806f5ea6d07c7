// SPDX-License-Identifier: GPL-2.0
/*
 * klint-sparse: kbuild runs it on every C file as $(CHECK) with the whole
 * gcc command line.  It reports calls that may sleep in atomic context.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "db.h"
#include "error.h"
#include "facts.h"
#include <sparse/lib.h>
#include "options.h"
#include "diag.h"
#include "sarif.h"
#include "sparse-errors.h"
#include "record.h"
#include <sparse/symbol.h>
#include "table.h"
#include "unit.h"
#include "unit-record.h"

/*
 * might_sleep() expands to nothing in some configurations; pinning it to
 * a call keeps the same reports whatever the .config says.
 */
static void pin_might_sleep(void)
{
	add_pre_buffer("extern void __klint_might_sleep(void);\n");
	add_pre_buffer("#strong_define might_sleep() __klint_might_sleep()\n");
}

static void load_tables(const char *argv0)
{
	const char *dir = opts.annotations ? opts.annotations
					   : default_annotations_dir(argv0);
	int i;

	tables.kernel_version = opts.kernel_version;
	table_load_dir(dir);
	for (i = 0; i < opts.nr_extra_tables; i++)
		if (table_load_file(opts.extra_tables[i]))
			exit(2);
	if (opts.preempt_rt)
		table_apply_rt();
	for (i = 0; i < tables.nr_percpu_offsets; i++)
		facts_percpu_offset(tables.percpu_offsets[i]);
}

/* The file's summary, with its warnings for patch review (klint-link --baseline). */
static bool write_summary(const struct unit *unit, const char *file)
{
	const char *path = summary_path(opts.summary, opts.no_summary, opts.depfile);
	struct unit_record *u;

	/*
	 * Written even after sparse's errors: in kernel code they are mostly
	 * type checks ("different address spaces") that leave the functions
	 * whole, and what sparse could not parse is simply not in it.
	 */
	if (!path)
		return true;
	u = unit_record(unit, file);
	u->warns = record_warnings();
	return record_write_file(path, u);
}

int main(int argc, char **argv)
{
	struct string_list *files = NULL;
	struct symbol_list *syms;
	struct unit unit = { 0 };
	bool failed = false;
	char *file;
	int i;

	error_set_progname("klint-sparse");
	argc = options_parse(argc, argv);
	if (opts.sarif) {
		sarif_enable(opts.sarif);
		diag_set_sink(sarif_add);
	}
	load_tables(argv[0]);
	for (i = 0; i < opts.nr_dbs; i++)
		if (!db_load(opts.dbs[i]))
			return 2;
	mute_warnings = !opts.sparse_warnings;
	if (!opts.sparse_warnings)
		sparse_errors_mute();
	pin_might_sleep();
	syms = sparse_initialize(argc, argv, &files);
	FOR_EACH_PTR(files, file) {
		if (strcmp(file, "-") && access(file, R_OK))
			error_fatal("cannot read %s: %s", file, strerror(errno));
	} END_FOR_EACH_PTR(file);
	unit_check(&unit, syms);
	diag_flush();
	FOR_EACH_PTR(files, file) {
		syms = sparse(file);
		unit_check(&unit, syms);
		if (!write_summary(&unit, file))
			failed = true;
		diag_flush();
		if (!opts.sparse_warnings)
			sparse_errors_note(syms);
		arena_free_all();
	} END_FOR_EACH_PTR(file);
	if (sarif_finish())
		failed = true;
	return failed ? 2 : 0;
}
