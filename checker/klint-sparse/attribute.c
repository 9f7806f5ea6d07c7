// SPDX-License-Identifier: GPL-2.0
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attribute.h"
#include "summary.h"

static int word(const char *w, struct declared *d, char *err, int errlen)
{
	char *end;

	if (!strncmp(w, "adjust=", 7)) {
		d->adjust = strtol(w + 7, &end, 0);
		if (end == w + 7 || *end) {
			snprintf(err, errlen, "bad adjustment '%s'", w + 7);
			return -1;
		}
		d->has_adjust = true;
	} else if (!strncmp(w, "expect=", 7)) {
		if (range_parse(w + 7, &d->expect) || d->expect.hi < 0) {
			snprintf(err, errlen, "bad range '%s'", w + 7);
			return -1;
		}
		if (d->expect.lo < 0)
			d->expect.lo = 0;
		d->has_expect = true;
	} else if (!strcmp(w, "process")) {
		d->process = true;
	} else if (!strcmp(w, "unchecked")) {
		d->unchecked = true;
	} else {
		snprintf(err, errlen, "unknown word '%s'", w);
		return -1;
	}
	return 0;
}

int attribute_parse(const char *text, struct declared *d, char *err, int errlen)
{
	char buf[256], *w, *save;

	memset(d, 0, sizeof(*d));
	if (strlen(text) >= sizeof(buf)) {
		snprintf(err, errlen, "annotation too long");
		return -1;
	}
	strcpy(buf, text);
	for (w = strtok_r(buf, " \t,", &save); w; w = strtok_r(NULL, " \t,", &save))
		if (word(w, d, err, errlen))
			return -1;
	if (d->process && d->has_expect) {
		snprintf(err, errlen, "'process' and 'expect=' contradict");
		return -1;
	}
	if (!d->has_adjust && !d->has_expect && !d->process) {
		snprintf(err, errlen, "says nothing: give adjust=, expect= or process");
		return -1;
	}
	return 0;
}

void attribute_expect(const struct declared *d, struct expect *e)
{
	expect_any(e);
	if (d->process)
		expect_process(e);
	if (d->has_expect)
		e->r[DIM_PREEMPT] = d->expect;
}
