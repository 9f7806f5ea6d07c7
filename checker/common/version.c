// SPDX-License-Identifier: GPL-2.0
#include <stdio.h>

#include "error.h"
#include "version.h"

/* Given by the Makefile, which knows the release and the patch series. */
#ifndef KS_VERSION
#define KS_VERSION "unknown"
#endif
#ifndef KS_SPARSE_VERSION
#define KS_SPARSE_VERSION "unknown"
#endif
#ifndef KS_SPARSE_PATCHES
#define KS_SPARSE_PATCHES 0
#endif

void version_print(void)
{
	printf("%s %s (sparse %s + %d klint-sparse patches)\n", error_progname(),
	       KS_VERSION, KS_SPARSE_VERSION, KS_SPARSE_PATCHES);
}
