// SPDX-License-Identifier: GPL-2.0
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "options.h"
#include "report.h"

#ifndef ANNOTATIONS_DIR
#define ANNOTATIONS_DIR "/usr/local/share/klint-sparse/annotations"
#endif

struct options opts;

static void usage(void)
{
	fputs("usage: klint-sparse [options] [gcc/sparse options] FILE.c...\n"
	      "  --annotations=DIR       tables of kernel primitives (*.tbl)\n"
	      "  --annotations-file=FILE one more table, after DIR's\n"
	      "  --preempt-rt            model PREEMPT_RT: spinlock_t may sleep\n"
	      "  --sparse-warnings       also print sparse's own warnings\n"
	      "  --dump-summaries        print every function's summary on stdout\n"
	      "  -Wno-atomic-sleep, -Wno-unbalanced-return,\n"
	      "  -Wno-annotation-mismatch  switch a kind of report off\n"
	      "  -Wmaybe-atomic-sleep    also report calls that are atomic on\n"
	      "                          some merged paths only\n"
	      "Exit status: 0 when the files were checked, whatever was found;\n"
	      "2 when klint-sparse itself cannot work (bad table, bad option).\n",
	      stderr);
}

/* Returns true if @arg was ours. */
static bool take(const char *arg)
{
	if (!strncmp(arg, "--annotations=", 14)) {
		opts.annotations = arg + 14;
	} else if (!strncmp(arg, "--annotations-file=", 19)) {
		opts.extra_tables = realloc(opts.extra_tables,
			(opts.nr_extra_tables + 1) * sizeof(*opts.extra_tables));
		if (!opts.extra_tables)
			exit(2);
		opts.extra_tables[opts.nr_extra_tables++] = arg + 19;
	} else if (!strcmp(arg, "--preempt-rt")) {
		opts.preempt_rt = true;
	} else if (!strcmp(arg, "--sparse-warnings")) {
		opts.sparse_warnings = true;
	} else if (!strcmp(arg, "--dump-summaries")) {
		opts.dump_summaries = true;
	} else if (!strcmp(arg, "--help")) {
		usage();
		exit(0);
	} else if (!strncmp(arg, "-Wno-", 5)) {
		return category_switch(arg + 5, false);
	} else if (!strncmp(arg, "-W", 2)) {
		return category_switch(arg + 2, true);
	} else if (!strncmp(arg, "--", 2) && arg[2] &&
		   (!strncmp(arg, "--annot", 7) || !strncmp(arg, "--preempt", 9))) {
		fprintf(stderr, "klint-sparse: error: unknown option '%s'\n", arg);
		usage();
		exit(2);
	} else {
		return false;
	}
	return true;
}

int options_parse(int argc, char **argv)
{
	const char *env = getenv("KLINT_ANNOTATIONS");
	int i, n = 1;

	if (env && *env)
		opts.annotations = env;
	for (i = 1; i < argc; i++) {
		if (!take(argv[i]))
			argv[n++] = argv[i];
	}
	argv[n] = NULL;
	return n;
}

static bool is_dir(const char *path)
{
	struct stat st;

	return !stat(path, &st) && S_ISDIR(st.st_mode);
}

/*
 * Next to the binary when run from its build tree, the installed copy
 * otherwise: `make demo` and `make check` need no install.
 */
const char *default_annotations_dir(const char *argv0)
{
	char self[4096], *slash, *dir;
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 32);

	if (n > 0) {
		self[n] = 0;
		slash = strrchr(self, '/');
		if (slash) {
			/* build/asan/klint-sparse finds the tables two levels up */
			strcpy(slash + 1, "annotations");
			if (is_dir(self))
				return ks_strdup(self);
			strcpy(slash + 1, "../../annotations");
			if (is_dir(self)) {
				dir = realpath(self, NULL);
				if (dir)
					return dir;
			}
		}
	}
	(void)argv0;
	return ANNOTATIONS_DIR;
}
