// SPDX-License-Identifier: GPL-2.0
/*
 * SARIF 2.1.0 log of the diagnostics printed, one run, one rule per
 * category that appears.  A diagnostic's notes become relatedLocations, in
 * the order they are printed, and each of its chains a codeFlow, so that
 * viewers draw it as a path.
 *
 * The output is pretty-printed with a fixed key order: the log is diffed
 * in tests and by people, not only parsed.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "diag.h"
#include "error.h"
#include "sarif.h"

/*
 * What viewers show beside a rule id, and what GitHub's code scanning
 * wants before it shows a rule at all.
 */
static const struct {
	const char *brief, *full, *help;
} rule_text[NR_CATEGORIES] = {
	[CAT_ATOMIC_SLEEP] = {
		"A call may sleep in atomic context",
		"A call may sleep while a spinlock is held, while preemption, bottom halves or interrupts are disabled, or inside an RCU read-side critical section.",
		"The notes show where the atomic context began and each call down to the primitive that sleeps.  Release the lock before the call, do the sleeping work before taking it, or use a variant that does not sleep (GFP_ATOMIC).",
	},
	[CAT_MAYBE_ATOMIC] = {
		"A call may sleep in atomic context on some paths",
		"A call may sleep in atomic context on some of the paths the analysis merged; this is often about the analysis rather than the code.",
		"Check whether the atomic paths can reach the call; the notes show where the atomic context began.",
	},
	[CAT_UNBALANCED] = {
		"A function returns in different atomic states on different paths",
		"A function returns holding a lock, or with preemption, bottom halves or interrupts disabled, on some paths only, and nothing it returns tells the paths apart.",
		"Release what was taken on every return path, or let the return value tell whether it is held, as a trylock does.",
	},
	[CAT_ANNOTATION] = {
		"A klint_preempt annotation disagrees with the function's body",
		"The klint_preempt attribute of a function states a summary that its body does not have, or cannot be parsed.",
		"Correct the annotation or the code; 'unchecked' makes klint-sparse trust the annotation.",
	},
	[CAT_LAST_REF] = {
		"A call may sleep in atomic context if it drops the last reference",
		"A call may sleep in atomic context, but only on the path where a reference count it decrements reaches zero and the object is released.",
		"Check whether the caller can hold the last reference here; if it can, drop the lock before the put, or defer the release (a work item, call_rcu()).",
	},
};

struct sstep {
	struct loc pos;
	char *text;
};

#define NR_STEP_LISTS	(MAX_CHAINS + 1)

/* A diagnostic copied out of the arena, which is freed after each file. */
struct sresult {
	enum category cat;
	struct loc pos;
	char *msg;
	/* The chains, then the other sites of a merged warning (diag->also). */
	int nr_steps[NR_STEP_LISTS];
	struct sstep *steps[NR_STEP_LISTS];
};

static const char *sarif_path;
static struct sresult *results;
static int nr_results, max_results;
static const char *rule_ids[NR_CATEGORIES];	/* set for those that appear */

void sarif_enable(const char *path)
{
	sarif_path = path;
}

/* A few files: a report's locations are in its file and a header or two. */
#define NR_CACHED	4

static struct {
	char *name, *text;
} cached[NR_CACHED];
static int next_cached;

static char *read_all(const char *name)
{
	FILE *f = fopen(name, "r");
	size_t n = 0, max = 0;
	char *buf = NULL, *more;

	if (!f)
		return NULL;
	do {
		if (max - n < 4096) {
			max = max ? 2 * max : 65536;
			more = realloc(buf, max);
			if (!more)
				break;
			buf = more;
		}
		n += fread(buf + n, 1, max - n - 1, f);
	} while (!feof(f) && !ferror(f));
	/* no column then, rather than a wrong one */
	if (!feof(f)) {
		free(buf);
		buf = NULL;
	}
	if (buf)
		buf[n] = 0;
	fclose(f);
	return buf;
}

static const char *source_text(const char *name)
{
	int i;

	for (i = 0; i < NR_CACHED; i++)
		if (cached[i].name && !strcmp(cached[i].name, name))
			return cached[i].text;
	i = next_cached++ % NR_CACHED;
	free(cached[i].name);
	free(cached[i].text);
	cached[i].name = ks_strdup(name);
	cached[i].text = read_all(name);
	return cached[i].text;
}

/*
 * sparse counts columns as a terminal shows them, each byte one and a tab
 * up to the next multiple of 8, as gcc does; SARIF counts characters, and
 * viewers would underline the wrong token on every tab-indented line.
 * Maps @pos's column to characters from the source, 0 if unknown.  kbuild
 * never changes sparse's -ftabstop.
 */
#define TABSTOP		8

static int char_column(struct loc pos)
{
	const unsigned char *p = (const unsigned char *)source_text(pos.file);
	int line = 1, col = 0, chars = 0;

	if (!p || pos.line < 1 || pos.col < 1)
		return 0;
	for (; *p && line < pos.line; p++)
		if (*p == '\n')
			line++;
	for (; *p && *p != '\n'; p++) {
		if (*p == '\r')
			continue;
		col = *p == '\t' ? col + TABSTOP - col % TABSTOP : col + 1;
		if ((*p & 0xc0) != 0x80)
			chars++;
		/* sparse places a token after its first byte is counted */
		if (col == pos.col)
			return chars;
		if (col > pos.col)
			break;
	}
	return 0;
}

static struct loc copy_loc(struct loc pos)
{
	pos.file = ks_strdup(pos.file ? pos.file : "");
	pos.col = char_column(pos);
	return pos;
}

void sarif_add(const struct diag *d, const char *rule)
{
	struct sresult *r;
	const struct step *s;
	int c, n;

	if (!sarif_path)
		return;
	ks_grow(&results, &max_results, nr_results, sizeof(*results));
	r = &results[nr_results++];
	memset(r, 0, sizeof(*r));
	r->cat = d->cat;
	r->pos = copy_loc(d->pos);
	r->msg = ks_strdup(d->msg);
	rule_ids[d->cat] = rule;
	for (c = 0; c < NR_STEP_LISTS; c++) {
		const struct step *first = c < MAX_CHAINS ? d->chains[c] : d->also;

		for (n = 0, s = first; s; s = s->next)
			n++;
		if (!n)
			continue;
		r->steps[c] = ks_malloc(n * sizeof(*r->steps[c]));
		r->nr_steps[c] = n;
		for (n = 0, s = first; s; s = s->next, n++) {
			r->steps[c][n].pos = copy_loc(s->pos);
			r->steps[c][n].text = ks_strdup(s->text);
		}
	}
}

/*
 * A minimal JSON writer: two spaces of indentation, one member or element
 * a line, and "{}" or "[]" when empty.
 */
#define MAX_DEPTH	20

struct json {
	FILE *f;
	int depth;
	bool after_key;			/* the next value goes on the key's line */
	bool has_items[MAX_DEPTH];
};

static void j_value(struct json *j)
{
	int i;

	if (j->after_key) {
		j->after_key = false;
		return;
	}
	if (!j->depth)
		return;
	fputs(j->has_items[j->depth] ? ",\n" : "\n", j->f);
	j->has_items[j->depth] = true;
	for (i = 0; i < j->depth; i++)
		fputs("  ", j->f);
}

static void j_open(struct json *j, char brace)
{
	j_value(j);
	fputc(brace, j->f);
	/* The nesting is fixed by this file's code, not by the input. */
	if (++j->depth == MAX_DEPTH)
		abort();
	j->has_items[j->depth] = false;
}

static void j_close(struct json *j, char brace)
{
	int i;

	if (j->has_items[j->depth--]) {
		fputc('\n', j->f);
		for (i = 0; i < j->depth; i++)
			fputs("  ", j->f);
	}
	fputc(brace, j->f);
}

/*
 * Length of the valid UTF-8 sequence at @p, or 0: JSON text must be UTF-8,
 * and file names and messages may hold any bytes.
 */
static int utf8_len(const unsigned char *p)
{
	unsigned int c;
	int n, i;

	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xc2 && p[0] <= 0xdf) {
		n = 2;
		c = p[0] & 0x1f;
	} else if (p[0] >= 0xe0 && p[0] <= 0xef) {
		n = 3;
		c = p[0] & 0x0f;
	} else if (p[0] >= 0xf0 && p[0] <= 0xf4) {
		n = 4;
		c = p[0] & 0x07;
	} else {
		return 0;
	}
	/* A NUL is no continuation byte: this stops at the string's end. */
	for (i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (p[i] & 0x3f);
	}
	/* overlong forms, UTF-16 surrogates, beyond Unicode */
	if ((n == 3 && c < 0x800) || (n == 4 && c < 0x10000) ||
	    (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
		return 0;
	return n;
}

/* Bytes that are not UTF-8 become U+FFFD, one for each. */
static void j_str(struct json *j, const char *str)
{
	const unsigned char *p = (const unsigned char *)str;
	int n;

	j_value(j);
	fputc('"', j->f);
	while (*p) {
		n = utf8_len(p);
		if (!n) {
			fputs("\\ufffd", j->f);
			n = 1;
		} else if (*p == '"' || *p == '\\') {
			fputc('\\', j->f);
			fputc(*p, j->f);
		} else if (*p < 0x20) {
			fprintf(j->f, "\\u%04x", *p);
		} else {
			fwrite(p, 1, n, j->f);
		}
		p += n;
	}
	fputc('"', j->f);
}

static void j_key(struct json *j, const char *key)
{
	j_str(j, key);
	fputs(": ", j->f);
	j->after_key = true;
}

static void j_kstr(struct json *j, const char *key, const char *str)
{
	j_key(j, key);
	j_str(j, str);
}

static void j_kint(struct json *j, const char *key, int n)
{
	j_key(j, key);
	j_value(j);
	fprintf(j->f, "%d", n);
}

static void j_kopen(struct json *j, const char *key, char brace)
{
	j_key(j, key);
	j_open(j, brace);
}

static void j_message(struct json *j, const char *text)
{
	j_kopen(j, "message", '{');
	j_kstr(j, "text", text);
	j_close(j, '}');
}

/*
 * A file name as a URI reference: an absolute path as a file: URI, a
 * relative one relative to SRCROOT, which the consumer knows (the source
 * tree, where kbuild's names are relative to).  Bytes other than
 * unreserved characters, sub-delims, '@' and '/' are percent-encoded; ':'
 * is too, lest a first segment be read as a scheme.
 */
static char *uri_of(const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *p = (const unsigned char *)path;
	char *uri = ks_malloc(3 * strlen(path) + sizeof("file://"));
	char *q = uri;

	if (*p == '/')
		q += sprintf(q, "file://");
	for (; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~!$&'()*+,;=@/", *p)) {
			*q++ = *p;
		} else {
			*q++ = '%';
			*q++ = hex[*p >> 4];
			*q++ = hex[*p & 15];
		}
	}
	*q = 0;
	return uri;
}

static void j_physical(struct json *j, struct loc pos)
{
	char *uri;

	if (!*pos.file)
		return;
	j_kopen(j, "physicalLocation", '{');
	j_kopen(j, "artifactLocation", '{');
	uri = uri_of(pos.file);
	j_kstr(j, "uri", uri);
	free(uri);
	if (pos.file[0] != '/')
		j_kstr(j, "uriBaseId", "SRCROOT");
	j_close(j, '}');
	/* SARIF lines and columns start at 1; a zero means "unknown" */
	if (pos.line > 0) {
		j_kopen(j, "region", '{');
		j_kint(j, "startLine", pos.line);
		if (pos.col > 0)
			j_kint(j, "startColumn", pos.col);
		j_close(j, '}');
	}
	j_close(j, '}');
}

static int rule_index(enum category cat)
{
	int c, i = 0;

	for (c = 0; c < (int)cat; c++)
		if (rule_ids[c])
			i++;
	return i;
}

static void j_code_flow(struct json *j, const struct sstep *steps, int n)
{
	int i;

	j_open(j, '{');
	j_kopen(j, "threadFlows", '[');
	j_open(j, '{');
	j_kopen(j, "locations", '[');
	for (i = 0; i < n; i++) {
		j_open(j, '{');
		j_kopen(j, "location", '{');
		j_physical(j, steps[i].pos);
		j_message(j, steps[i].text);
		j_close(j, '}');
		j_close(j, '}');
	}
	j_close(j, ']');
	j_close(j, '}');
	j_close(j, ']');
	j_close(j, '}');
}

static void j_result(struct json *j, const struct sresult *r)
{
	int c, i, id = 0;

	j_open(j, '{');
	j_kstr(j, "ruleId", rule_ids[r->cat]);
	j_kint(j, "ruleIndex", rule_index(r->cat));
	j_kstr(j, "level", "warning");
	j_message(j, r->msg);
	j_kopen(j, "locations", '[');
	j_open(j, '{');
	j_physical(j, r->pos);
	j_close(j, '}');
	j_close(j, ']');
	for (c = 0; c < NR_STEP_LISTS; c++)
		id += r->nr_steps[c];
	if (!id) {
		j_close(j, '}');
		return;
	}
	id = 0;
	j_kopen(j, "relatedLocations", '[');
	for (c = 0; c < NR_STEP_LISTS; c++) {
		for (i = 0; i < r->nr_steps[c]; i++) {
			j_open(j, '{');
			j_kint(j, "id", id++);
			j_physical(j, r->steps[c][i].pos);
			j_message(j, r->steps[c][i].text);
			j_close(j, '}');
		}
	}
	j_close(j, ']');
	/* The other sites are places, not a flow. */
	j_kopen(j, "codeFlows", '[');
	for (c = 0; c < MAX_CHAINS; c++)
		if (r->nr_steps[c])
			j_code_flow(j, r->steps[c], r->nr_steps[c]);
	j_close(j, ']');
	j_close(j, '}');
}

static void write_log(FILE *f)
{
	struct json j = { .f = f };
	int c, i;

	j_open(&j, '{');
	j_kstr(&j, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
	j_kstr(&j, "version", "2.1.0");
	j_kopen(&j, "runs", '[');
	j_open(&j, '{');
	j_kopen(&j, "tool", '{');
	j_kopen(&j, "driver", '{');
	j_kstr(&j, "name", error_progname());
	j_kopen(&j, "rules", '[');
	for (c = 0; c < NR_CATEGORIES; c++) {
		if (!rule_ids[c])
			continue;
		j_open(&j, '{');
		j_kstr(&j, "id", rule_ids[c]);
		j_kopen(&j, "shortDescription", '{');
		j_kstr(&j, "text", rule_text[c].brief ? rule_text[c].brief
						    : rule_ids[c]);
		j_close(&j, '}');
		if (rule_text[c].full) {
			j_kopen(&j, "fullDescription", '{');
			j_kstr(&j, "text", rule_text[c].full);
			j_close(&j, '}');
		}
		if (rule_text[c].help) {
			j_kopen(&j, "help", '{');
			j_kstr(&j, "text", rule_text[c].help);
			j_close(&j, '}');
		}
		j_close(&j, '}');
	}
	j_close(&j, ']');
	j_close(&j, '}');
	j_close(&j, '}');
	j_kstr(&j, "columnKind", "unicodeCodePoints");
	j_kopen(&j, "results", '[');
	for (i = 0; i < nr_results; i++)
		j_result(&j, &results[i]);
	j_close(&j, ']');
	j_close(&j, '}');
	j_close(&j, ']');
	j_close(&j, '}');
	fputc('\n', f);
}

static void free_all(void)
{
	int i, c, n;

	for (i = 0; i < nr_results; i++) {
		free((char *)results[i].pos.file);
		free(results[i].msg);
		for (c = 0; c < NR_STEP_LISTS; c++) {
			for (n = 0; n < results[i].nr_steps[c]; n++) {
				free((char *)results[i].steps[c][n].pos.file);
				free(results[i].steps[c][n].text);
			}
			free(results[i].steps[c]);
		}
	}
	free(results);
	results = NULL;
	for (i = 0; i < NR_CACHED; i++) {
		free(cached[i].name);
		free(cached[i].text);
		cached[i].name = cached[i].text = NULL;
	}
	nr_results = max_results = 0;
}

/*
 * Written beside the target and renamed over it: a CI job reading the log
 * sees the old one or the whole new one, and a failed write leaves the old
 * one alone.
 */
int sarif_finish(void)
{
	char *tmp;
	size_t n;
	FILE *f;
	int fd, err = 0;

	if (!sarif_path)
		return 0;
	n = strlen(sarif_path) + 32;
	tmp = ks_malloc(n);
	snprintf(tmp, n, "%s.tmp.%ld", sarif_path, (long)getpid());
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0666);
	if (fd < 0 && errno == EEXIST) {
		/* left by a killed run that had our pid */
		unlink(tmp);
		fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0666);
	}
	if (fd < 0) {
		err = errno;
		goto report;
	}
	f = fdopen(fd, "w");
	if (!f) {
		err = errno;
		close(fd);
		goto remove;
	}
	errno = 0;
	write_log(f);
	if (fflush(f) || ferror(f))
		err = errno ? errno : EIO;
	if (fclose(f) && !err)
		err = errno ? errno : EIO;
	if (!err && rename(tmp, sarif_path))
		err = errno;
	if (!err)
		goto out;
remove:
	unlink(tmp);
report:
	error_print("cannot write %s: %s", sarif_path, strerror(err));
out:
	free(tmp);
	free_all();
	memset(rule_ids, 0, sizeof(rule_ids));
	return err != 0;
}
