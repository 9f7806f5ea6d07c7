// SPDX-License-Identifier: GPL-2.0
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "error.h"
#include "options.h"
#include "diag.h"
#include "version.h"

#ifndef ANNOTATIONS_DIR
#define ANNOTATIONS_DIR "/usr/local/share/klint-sparse/annotations"
#endif

struct options opts;

static void usage(void)
{
	fputs("usage: klint-sparse [options] [gcc/sparse options] FILE.c...\n"
	      "  --help, --version       this text; the versions of klint-sparse\n"
	      "                          and the sparse it is built on\n"
	      "  --annotations=DIR       tables of kernel primitives (*.tbl)\n"
	      "  --annotations-file=FILE one more table, after DIR's\n"
	      "  --preempt-rt            model PREEMPT_RT: spinlock_t may sleep\n"
	      "  --kernel-version=X.Y    the checked kernel's version (default: from\n"
	      "                          linux/version.h in the -I directories, else 6.1)\n"
	      "  --sparse-warnings       also print sparse's own warnings\n"
	      "  --dump-summaries        print every function's summary on stdout\n"
	      "  --dump-ir               print every function's linearized IR on\n"
	      "                          stdout, as sparse's test-linearize does\n"
	      "  --sarif=FILE            also write the reports to FILE as SARIF 2.1.0\n"
	      "  --summary=FILE          write the file's summary to FILE (default:\n"
	      "                          next to kbuild's object, NAME.o.klint)\n"
	      "  --no-summary            write no summary file\n"
	      "  --unresolved-may-sleep  an indirect call no function is known for\n"
	      "                          may sleep (default: it does nothing)\n"
	      "  --db=FILE               summaries of other code (klint-link -o),\n"
	      "                          for calls out of the file; repeatable\n"
	      "  -Wno-atomic-sleep, -Wno-last-reference-sleep,\n"
	      "  -Wno-annotation-mismatch  switch a kind of report off\n"
	      "  -Wmaybe-atomic-sleep    also report calls that are atomic on\n"
	      "                          some merged paths only\n"
	      "  -Wunbalanced-return     also report functions whose return\n"
	      "                          paths disagree (sparse's context imbalance)\n"
	      "Exit status: 0 when the files were checked, whatever was found;\n"
	      "2 when klint-sparse itself cannot work (bad table, bad option).\n",
	      stderr);
}

static void add_db(const char *path)
{
	static int max_dbs;

	ks_grow(&opts.dbs, &max_dbs, opts.nr_dbs, sizeof(*opts.dbs));
	opts.dbs[opts.nr_dbs++] = path;
}

/* "6.12" as 0x60c; -1 when it is no MAJOR.MINOR. */
static int parse_kernel_version(const char *s)
{
	unsigned int major, minor;
	char tail;

	if (sscanf(s, "%u.%u%c", &major, &minor, &tail) != 2 || major > 255 ||
	    minor > 255)
		return -1;
	return (int)(major << 8 | minor);
}

/*
 * kbuild passes -I./include/generated/uapi, where linux/version.h says
 * LINUX_VERSION_CODE, KERNEL_VERSION(major, minor, sublevel) in decimal.
 * Read here, so that a file which never includes it is checked with the
 * same tables as one that does.
 */
static int version_from_dir(const char *dir)
{
	char path[4096], line[256];
	unsigned long code;
	int v = 0;
	FILE *f;

	if (snprintf(path, sizeof(path), "%s/linux/version.h", dir) >= (int)sizeof(path))
		return 0;
	f = fopen(path, "r");
	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "#define LINUX_VERSION_CODE %lu", &code) == 1) {
			v = (int)((code >> 8) & 0xffff);
			break;
		}
	fclose(f);
	return v;
}

/*
 * One line, exit 2: a misspelt option of ours must not be taken for one
 * of gcc's, which sparse ignores, and leave the run checking less than
 * asked.
 */
static void __attribute__((noreturn)) unknown(const char *arg, const char *hint)
{
	if (hint)
		error_print("unknown option '%s'; did you mean '%s'?", arg, hint);
	else
		error_print("unknown option '%s' (klint-sparse --help lists them)",
			    arg);
	exit(2);
}

/*
 * Long options sparse itself takes (handle_long_options() in its
 * options.c) and gcc's --param=, which kbuild may pass; every other "--"
 * option is ours or a mistake: gcc's own long options are not on kbuild's
 * command lines.
 */
static bool sparse_long_option(const char *name)
{
	return !strncmp(name, "arch", 4) || !strncmp(name, "os", 2) ||
	       !strncmp(name, "param", 5);
}

/* Edit distance, capped: only "close to one of ours" matters. */
static int distance(const char *a, const char *b)
{
	int la = strlen(a), lb = strlen(b), i, j;
	int row[64], prev, cur;

	if (la >= 64 || lb >= 64)
		return 99;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			cur = row[j];
			row[j] = prev + (a[i - 1] != b[j - 1]);
			if (row[j - 1] + 1 < row[j])
				row[j] = row[j - 1] + 1;
			if (cur + 1 < row[j])
				row[j] = cur + 1;
			prev = cur;
		}
	}
	return row[lb];
}

/*
 * -W options are mostly gcc's and sparse's, to be passed on; one within
 * two edits of a category of ours is a typo of it (-Wno-atomic-slep),
 * rejected.  Returns false when @name is no such near miss.
 */
static bool near_category(const char *arg, const char *name)
{
	static char hint[96];
	int i;

	for (i = 0; i < NR_CATEGORIES; i++) {
		const char *cat = diag_category_name(i);

		if (distance(name, cat) <= 2) {
			snprintf(hint, sizeof(hint), "%.*s%s",
				 (int)(name - arg), arg, cat);
			unknown(arg, hint);
		}
	}
	return false;
}

/* Returns true if @arg was ours. */
static bool take(const char *arg)
{
	if (!strncmp(arg, "--annotations=", 14)) {
		opts.annotations = arg + 14;
	} else if (!strncmp(arg, "--annotations-file=", 19)) {
		static int max_tables;

		ks_grow(&opts.extra_tables, &max_tables, opts.nr_extra_tables,
			sizeof(*opts.extra_tables));
		opts.extra_tables[opts.nr_extra_tables++] = arg + 19;
	} else if (!strncmp(arg, "--kernel-version=", 17)) {
		opts.kernel_version = parse_kernel_version(arg + 17);
		if (opts.kernel_version < 0) {
			error_print("bad kernel version '%s'", arg + 17);
			exit(2);
		}
	} else if (!strcmp(arg, "--preempt-rt")) {
		opts.preempt_rt = true;
	} else if (!strcmp(arg, "--sparse-warnings")) {
		opts.sparse_warnings = true;
	} else if (!strcmp(arg, "--dump-summaries")) {
		opts.dump_summaries = true;
	} else if (!strcmp(arg, "--dump-ir")) {
		opts.dump_ir = true;
	} else if (!strncmp(arg, "--summary=", 10) && arg[10]) {
		opts.summary = arg + 10;
	} else if (!strcmp(arg, "--unresolved-may-sleep")) {
		opts.unresolved_may_sleep = true;
	} else if (!strcmp(arg, "--no-summary")) {
		opts.no_summary = true;
	} else if (!strncmp(arg, "--db=", 5) && arg[5]) {
		add_db(arg + 5);
	} else if (!strncmp(arg, "--sarif=", 8) && arg[8]) {
		opts.sarif = arg + 8;
	} else if (!strcmp(arg, "--help")) {
		usage();
		exit(0);
	} else if (!strcmp(arg, "--version")) {
		version_print();
		exit(0);
	} else if (!strncmp(arg, "-Wno-", 5)) {
		return diag_category_switch(arg + 5, false) ||
		       !near_category(arg, arg + 5);
	} else if (!strncmp(arg, "-W", 2)) {
		return diag_category_switch(arg + 2, true) ||
		       !near_category(arg, arg + 2);
	} else if (!strncmp(arg, "--", 2) && !sparse_long_option(arg + 2)) {
		unknown(arg, NULL);
	} else {
		return false;
	}
	return true;
}

int options_parse(int argc, char **argv)
{
	const char *env = getenv("KLINT_ANNOTATIONS");
	int i, n = 1, found = 0;

	if (env && *env)
		opts.annotations = env;
	env = getenv("KLINT_DB");
	if (env && *env)
		add_db(env);
	/* kbuild always names a file: no argument at all is a person asking. */
	if (argc < 2) {
		usage();
		exit(2);
	}
	for (i = 1; i < argc; i++) {
		/* Left for sparse, which ignores it: it names kbuild's object. */
		if (!strncmp(argv[i], "-Wp,-MMD,", 9) || !strncmp(argv[i], "-Wp,-MD,", 8))
			opts.depfile = strchr(argv[i] + 4, ',') + 1;
		if (!opts.kernel_version && !strcmp(argv[i], "-I") && i + 1 < argc)
			found = found ? found : version_from_dir(argv[i + 1]);
		else if (!opts.kernel_version && !strncmp(argv[i], "-I", 2))
			found = found ? found : version_from_dir(argv[i] + 2);
		if (!take(argv[i]))
			argv[n++] = argv[i];
	}
	argv[n] = NULL;
	if (!opts.kernel_version)
		opts.kernel_version = found ? found : 0x601;
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
