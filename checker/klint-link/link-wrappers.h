/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Registration through wrappers across files: a function that hands its
 * parameter to another file's wrapper of a registering API registers it
 * too, and a function passed to such a wrapper is registered as the
 * API's row would register it.
 */
#ifndef KS_LINK_WRAPPERS_H
#define KS_LINK_WRAPPERS_H

#include "record.h"

struct link;
struct lfn;

/*
 * Adds to each function the parameters it registers through calls into
 * other files, to a fixed point, and returns the registrations of
 * functions passed to them, each with the definition it registers.
 * After calls are resolved.
 */
struct wrapped_registration {
	struct lfn *fn;
	struct register_record rr;
	struct wrapped_registration *next;
};

struct wrapped_registration *link_wrappers(struct link *l);

#endif
