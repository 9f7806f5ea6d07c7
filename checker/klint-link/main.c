// SPDX-License-Identifier: GPL-2.0
/*
 * klint-link: joins the summary files klint-sparse wrote for a tree (or a
 * module, or a subsystem) and reports what no single file shows.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "elf-symbols.h"
#include "error.h"
#include "version.h"
#include "link.h"
#include "diag.h"
#include "sarif.h"
#include "record.h"

struct link_opts {
	const char *output;		/* -o: the merged database */
	const char **baselines;
	int nr_baselines;
	const char *sarif;
	bool objects;			/* read NAME.o next to NAME.o.klint */
	bool all;			/* also the per-file warnings */
	bool unresolved_may_sleep;
};

static struct link_opts lo = { .objects = true };

/* An object a summary describes, or one a module's .mod file lists. */
struct object_name {
	const char *path;		/* real path of NAME.o */
	struct unit_record *unit;	/* its summary, or NULL */
	const char *module;		/* the module listing it, or NULL */
};

static struct object_name *names;
static int nr_names, max_names;
static const char **tops;		/* the directories given, for .mod paths */
static int nr_tops;
static struct link *the_link;
static struct elf_symbols *objects, *linked;
static int skipped;

/* Warnings of the baseline, by key: sorted, for bsearch. */
static const char **base_keys;
static int nr_base_keys, max_base_keys;

static void usage(void)
{
	fputs("usage: klint-link [options] PATH...\n"
	      "PATH: a summary file (NAME.o.klint), a database (klint-link -o),\n"
	      "a directory to search for summary files, or an ELF file (vmlinux.o,\n"
	      "*.ko, *.o) that says how the real link bound the names.\n"
	      "  --help, --version   this text; the versions of klint-sparse\n"
	      "                      and the sparse it is built on\n"
	      "  -o FILE             write the merged database to FILE\n"
	      "  --baseline=FILE     print only the warnings FILE (an earlier\n"
	      "                      database) does not have; repeatable\n"
	      "  --all               also print the warnings of the single files\n"
	      "  --sarif=FILE        also write the reports to FILE as SARIF 2.1.0\n"
	      "  --no-objects        do not read NAME.o next to NAME.o.klint\n"
	      "  --unresolved-may-sleep  a call through a field no file stores a\n"
	      "                      function in may sleep\n"
	      "  -Wno-atomic-sleep, -Wno-last-reference-sleep,\n"
	      "  -Wmaybe-atomic-sleep, ...  as klint-sparse\n"
	      "Exit status: 0, or 1 when an input was skipped or, with\n"
	      "--baseline, when a warning was printed (a new one), or 2 when\n"
	      "klint-link could not do its work (bad option, unwritable output).\n",
	      stderr);
}

static const char **push(const char **v, int *n, const char *s)
{
	int max = *n;

	ks_grow(&v, &max, *n, sizeof(*v));
	v[(*n)++] = s;
	return v;
}

static int parse_options(int argc, char **argv, const char ***inputs)
{
	int i, n = 0;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (!strcmp(a, "-o")) {
			if (i + 1 == argc)
				error_fatal("-o needs a file");
			lo.output = argv[++i];
		} else if (!strncmp(a, "--baseline=", 11) && a[11]) {
			lo.baselines = push(lo.baselines, &lo.nr_baselines, a + 11);
			lo.all = true;
		} else if (!strncmp(a, "--sarif=", 8) && a[8]) {
			lo.sarif = a + 8;
		} else if (!strcmp(a, "--all")) {
			lo.all = true;
		} else if (!strcmp(a, "--unresolved-may-sleep")) {
			lo.unresolved_may_sleep = true;
		} else if (!strcmp(a, "--no-objects")) {
			lo.objects = false;
		} else if (!strcmp(a, "--help")) {
			usage();
			exit(0);
		} else if (!strcmp(a, "--version")) {
			version_print();
			exit(0);
		} else if (!strncmp(a, "-Wno-", 5) && diag_category_switch(a + 5, false)) {
			continue;
		} else if (!strncmp(a, "-W", 2) && diag_category_switch(a + 2, true)) {
			continue;
		} else if (a[0] == '-' && a[1]) {
			/* One line, as klint-sparse: the usage would bury it. */
			error_print("unknown option '%s' (klint-link --help lists them)",
				    a);
			exit(2);
		} else {
			*inputs = push(*inputs, &n, a);
		}
	}
	return n;
}

/* @ix is objects (beside summaries) or linked (vmlinux.o, *.ko given). */
static void add_object(struct elf_symbols **ix, const char *path)
{
	char err[256];

	if (!*ix)
		*ix = elf_symbols_new();
	if (elf_symbols_add(*ix, path, err, sizeof(err))) {
		size_t n = strlen(path);

		/* No line to give: "klint-link: error: FILE: ...". */
		if (!strncmp(err, path, n) && !strncmp(err + n, ": ", 2))
			error_print("%s: %s", path, err + n + 2);
		else
			error_print("%s: %s", path, err);
		skipped++;
	}
}

static void add_name(const char *path, struct unit_record *u, const char *module)
{
	char *real = realpath(path, NULL);

	if (!real)
		return;
	ks_grow(&names, &max_names, nr_names, sizeof(*names));
	names[nr_names++] = (struct object_name){ real, u, module };
}

static void add_summary(const char *path)
{
	struct unit_record *u;
	char *obj;
	size_t n = strlen(path);

	/* Its records keep it. */
	path = arena_printf("%s", path);
	u = record_read(path);
	if (!u) {
		skipped++;
		return;
	}
	link_add_unit(the_link, u);
	if (n < 9 || strcmp(path + n - 8, ".o.klint"))
		return;
	obj = arena_printf("%.*s", (int)(n - 6), path);
	add_name(obj, u, NULL);
	if (lo.objects && !access(obj, R_OK) && elf_symbols_is_elf(obj))
		add_object(&objects, obj);
}

/*
 * kbuild's NAME.mod lists the objects linked into module NAME, by paths
 * relative to the top of the build (or absolute, for M= builds).
 */
static void add_mod(const char *path)
{
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	const char *module = arena_printf("%.*s", (int)(strlen(base) - 4), base);
	char line[4096];
	FILE *in = fopen(path, "r");
	int i;

	if (!in)
		return;
	while (fgets(line, sizeof(line), in)) {
		char *obj = strtok(line, " \t\n");

		for (; obj; obj = strtok(NULL, " \t\n")) {
			if (obj[0] == '/' || !access(obj, F_OK)) {
				add_name(obj, NULL, module);
				continue;
			}
			for (i = 0; i < nr_tops; i++) {
				const char *p = arena_printf("%s/%s", tops[i], obj);

				if (!access(p, F_OK)) {
					add_name(p, NULL, module);
					break;
				}
			}
		}
	}
	fclose(in);
}

static int by_path(const void *a, const void *b)
{
	const struct object_name *x = a, *y = b;
	int r = strcmp(x->path, y->path);

	/* The module's entry first, then the summary's. */
	return r ? r : (x->module ? -1 : 0) - (y->module ? -1 : 0);
}

/* Each summary whose object a .mod file lists belongs to that module. */
static void assign_modules(void)
{
	int i;

	if (nr_names)
		qsort(names, nr_names, sizeof(*names), by_path);
	for (i = 1; i < nr_names; i++)
		if (names[i].unit && !strcmp(names[i].path, names[i - 1].path) &&
		    names[i - 1].module)
			names[i].unit->module = names[i - 1].module;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void add_path(const char *path, bool top);

/* Every *.klint below @dir, in name order so that runs are reproducible. */
static void add_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **entries = NULL;
	int n = 0, max = 0, i;

	if (!d) {
		error_print("cannot read %s: %s", dir, strerror(errno));
		skipped++;
		return;
	}
	/* Not in the arena: a build directory holds many more files than summaries. */
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.' && !strstr(e->d_name, ".klint"))
			continue;
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		ks_grow(&entries, &max, n, sizeof(*entries));
		entries[n] = ks_malloc(strlen(dir) + strlen(e->d_name) + 2);
		sprintf(entries[n++], "%s/%s", dir, e->d_name);
	}
	closedir(d);
	if (n)
		qsort(entries, n, sizeof(*entries), by_name);
	for (i = 0; i < n; i++) {
		add_path(entries[i], false);
		free(entries[i]);
	}
	free(entries);
}

static void add_path(const char *path, bool top)
{
	struct stat st;
	size_t n = strlen(path);

	if (lstat(path, &st)) {
		if (top) {
			error_print("cannot read %s: %s", path, strerror(errno));
			skipped++;
		}
		return;
	}
	if (S_ISDIR(st.st_mode))
		add_dir(path);
	else if (n > 6 && !strcmp(path + n - 6, ".klint"))
		add_summary(path);
	else if (!top && n > 4 && !strcmp(path + n - 4, ".mod"))
		add_mod(path);
	else if (top && elf_symbols_is_elf(path))
		add_object(&linked, path);
	else if (top)
		add_summary(path);
}

static void add_base_warning(const struct diag *d)
{
	ks_grow(&base_keys, &max_base_keys, nr_base_keys, sizeof(*base_keys));
	base_keys[nr_base_keys++] = ks_strdup(diag_key(d));
}

static bool load_baselines(void)
{
	int i;

	for (i = 0; i < lo.nr_baselines; i++) {
		struct unit_record *u = record_read(lo.baselines[i]);
		struct warn_record *w;

		/* Without its baseline a review would drown in old warnings. */
		if (!u)
			return false;
		for (w = u->warns; w; w = w->next)
			add_base_warning(w->d);
	}
	if (nr_base_keys)
		qsort(base_keys, nr_base_keys, sizeof(*base_keys), by_name);
	return true;
}

static bool to_print(const struct diag *d)
{
	const char *key;

	if (d->carried && !lo.all)
		return false;
	if (!nr_base_keys)
		return true;
	key = diag_key(d);
	return !bsearch(&key, base_keys, nr_base_keys, sizeof(*base_keys), by_name);
}

/* The database carries every warning, for the next review's baseline. */
static bool write_database(void)
{
	struct unit_record *db = link_database(the_link), *head = db;

	if (!head) {
		head = arena_alloc(sizeof(*head));
		memset(head, 0, sizeof(*head));
		head->database = true;
		head->unit = "-";
	}
	head->warns = record_warnings();
	return record_write_file(lo.output, head);
}

int main(int argc, char **argv)
{
	const char **inputs = NULL;
	int i, n, printed, status = 0;

	error_set_progname("klint-link");
	n = parse_options(argc, argv, &inputs);
	if (!n) {
		usage();
		return 2;
	}
	if (lo.sarif) {
		sarif_enable(lo.sarif);
		diag_set_sink(sarif_add);
	}
	if (!load_baselines())
		return 2;
	the_link = link_new();
	link_set_unresolved_may_sleep(the_link, lo.unresolved_may_sleep);
	for (i = 0; i < n; i++) {
		struct stat st;

		if (!stat(inputs[i], &st) && S_ISDIR(st.st_mode))
			tops = push(tops, &nr_tops, inputs[i]);
	}
	for (i = 0; i < n; i++)
		add_path(inputs[i], true);
	assign_modules();
	link_use_elf(the_link, objects, linked);
	link_solve(the_link);
	/* Everything goes into the database; the baseline only filters what is printed. */
	link_report(the_link, lo.all || lo.output);
	if (lo.output && !write_database())
		status = 2;
	diag_filter(to_print);
	printed = diag_flush();
	if (sarif_finish())
		status = 2;
	if (!status && (skipped || link_problems(the_link)))
		status = 1;
	/* A review: 1 says the change adds a warning, no parsing needed. */
	if (!status && lo.nr_baselines && printed)
		status = 1;
	return status;
}
