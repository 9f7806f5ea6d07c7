/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A set of IR instructions, by address: what a scan of a file's functions
 * found, kept until the next file.
 */
#ifndef KS_INSN_SET_H
#define KS_INSN_SET_H

#include <stdbool.h>

struct instruction;

struct insn_set {
	struct instruction **slots;
	unsigned int size, used;
};

bool insn_set_has(const struct insn_set *s, struct instruction *insn);
void insn_set_add(struct insn_set *s, struct instruction *insn);
void insn_set_clear(struct insn_set *s);

#endif
