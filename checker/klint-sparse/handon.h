/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Values that travel through a static function into another file: the
 * constants this file's callers pass for the parameters a static function
 * hands on to functions the link step finishes.  skl_pcode_try_request()
 * passes a slow timeout of 0 to __snb_pcode_rw(), which hands it to
 * __intel_wait_for_register_fw() of another file, which then never
 * sleeps; that needs a case of __snb_pcode_rw() for the value.
 */
#ifndef KS_HANDON_H
#define KS_HANDON_H

#include "ir.h"

struct func;

/* Records what the calls of @caller pass to the static functions of this file. */
void handon_scan(struct func *caller);
/*
 * Adds to the @n tests of @out (at most @max) one "argument == value" for
 * each constant @f's callers pass for a parameter that @f hands on to a
 * function of another file: the new count.
 */
int handon_tests(struct func *f, struct arg_test *out, int n, int max);

#endif
