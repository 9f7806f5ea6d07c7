// SPDX-License-Identifier: GPL-2.0
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "error.h"

/* Whatever links common/ without a main() of ours (the fuzzer) still says something. */
static const char *progname = "klint";

void error_set_progname(const char *name)
{
	progname = name;
}

const char *error_progname(void)
{
	return progname;
}

static void report(const char *kind, const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: %s: ", progname, kind);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void error_print(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	report("error", fmt, ap);
	va_end(ap);
}

void error_warning(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	report("warning", fmt, ap);
	va_end(ap);
}

void error_fatal(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	report("error", fmt, ap);
	va_end(ap);
	exit(2);
}
