/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Messages about the run itself, in the form "PROG: error: TEXT" (or
 * "PROG: warning: TEXT"): the one place that knows which program runs,
 * so code shared by klint-sparse and klint-link can report in its name.
 * Messages about a line of an input are "FILE:LINE: error: TEXT"; those
 * about a whole file (cannot read it, not an ELF file) come here, naming
 * it in TEXT: two forms only, for whatever reads them.
 */
#ifndef KS_ERROR_H
#define KS_ERROR_H

/* Called once, first thing in main(). */
void error_set_progname(const char *name);
const char *error_progname(void);

/* The newline is added. */
void error_print(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void error_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* error_print(), then exit status 2: the program could not do its work. */
void error_fatal(const char *fmt, ...)
	__attribute__((format(printf, 1, 2), noreturn));

#endif
