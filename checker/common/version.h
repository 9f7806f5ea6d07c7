/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What --version prints, the same for both programs: klint-sparse's
 * version and the sparse release (with our patches) it was built on, which
 * decides what C it parses.
 */
#ifndef KS_VERSION_H
#define KS_VERSION_H

/* Prints "PROGRAM VERSION (sparse X.Y.Z + N klint-sparse patches)". */
void version_print(void);

#endif
