// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer target for the summary file and database reader, and for the
 * link step fed with whatever the reader accepts: `make fuzz`.
 *
 * Summary files come from a build directory and databases from other
 * trees, so the reader must turn any input into a unit record or into one
 * error and NULL.  What it accepts must survive being written and read
 * again, and the link step must cope with it; the database it then writes
 * must be readable too.  A failed check abort()s: libFuzzer keeps the
 * input as a crash file.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "error.h"
#include "link.h"
#include "diag.h"
#include "record.h"

/* Where our own findings go: stderr itself is silenced. */
static FILE *findings;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	FILE *null;

	error_set_progname("summary-fuzz");
	findings = stderr;
	/*
	 * The reader prints one error per rejected input, and the link step
	 * its warnings: millions of lines.  Only the FILE is swapped, not
	 * fd 2: libFuzzer took its own copy of the pointer before this runs,
	 * and the sanitizers write their reports to the descriptor.
	 */
	if (!getenv("FUZZ_VERBOSE")) {
		null = fopen("/dev/null", "w");
		if (null)
			stderr = null;
	}
	/* Every kind of report, so that every path of the link step runs. */
	diag_category_switch("maybe-atomic-sleep", true);
	return 0;
}

static void finding(const char *what, const char *text, size_t len)
{
	fprintf(findings, "summary-fuzz: %s\n", what);
	if (text)
		fprintf(findings, "----\n%.*s----\n", (int)len, text);
	abort();
}

/* @u as record_write() puts it, in a malloc'ed buffer. */
static char *write_mem(const struct unit_record *u, size_t *len)
{
	char *text = NULL;
	FILE *out = open_memstream(&text, len);

	if (!out)
		finding("open_memstream failed", NULL, 0);
	if (!record_write(out, u))
		finding("record_write failed on a memory stream", NULL, 0);
	if (fclose(out))
		finding("fclose failed on a memory stream", NULL, 0);
	return text;
}

static void add_warn(const struct diag *d, void *arg)
{
	struct warn_record ***tail = arg;
	struct warn_record *w = arena_alloc(sizeof(*w));

	w->d = d;
	w->next = NULL;
	**tail = w;
	*tail = &w->next;
}

/*
 * What klint-link -o would write for @l (link-main.c's write_database()):
 * the merged summaries and every warning.  It must read back.
 */
static void check_database(struct link *l)
{
	struct unit_record *db = link_database(l);
	struct warn_record **tail;
	size_t len;
	char *text;

	if (!db) {
		db = arena_alloc(sizeof(*db));
		db->database = true;
		db->unit = "-";
	}
	tail = &db->warns;
	diag_for_each(add_warn, &tail);
	text = write_mem(db, &len);
	if (!record_parse("fuzz-database", text, len))
		finding("the database the link step wrote does not read back", text, len);
	free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct unit_record *u, *again;
	char *text, *text2;
	size_t len, len2;
	struct link *l;

	u = record_parse("fuzz-input", (const char *)data, size);
	if (!u)
		goto out;

	text = write_mem(u, &len);
	again = record_parse("fuzz-rewritten", text, len);
	if (!again)
		finding("an accepted input, written again, does not read back", text, len);
	/* Once normalized by a write, the text is a fixed point. */
	text2 = write_mem(again, &len2);
	if (len != len2 || memcmp(text, text2, len))
		finding("writing what was read back changes the text", text2, len2);
	free(text);
	free(text2);

	/*
	 * The record twice, as two inputs: every global name then has a
	 * second definition for link-resolve.c to rank.
	 */
	l = link_new();
	link_add_unit(l, u);
	link_add_unit(l, again);
	link_solve(l);
	link_report(l, true);
	check_database(l);
	/* Prints into the silenced stderr, and empties the list. */
	diag_flush();
	link_free(l);
out:
	arena_free_all();
	return 0;
}
