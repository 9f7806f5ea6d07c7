/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Registration wrappers: the parameters a function of this file hands to
 * an API that registers them to run later in an entry context, so that a
 * call of the wrapper registers what it is given as the API would.
 */
#ifndef KS_WRAPPER_H
#define KS_WRAPPER_H

struct func;
struct instruction;
struct param_reg;
struct symbol;

/*
 * What the function @insn calls, @sym, registers of its parameters: this
 * file's wrapper, or one a database (--db) describes.  *@name is its
 * name, for the notes.
 */
const struct param_reg *wrapper_regs(struct instruction *insn, struct symbol *sym,
				     const char **name);

/*
 * Sets the regs of each of the @n functions of @funcs: those of its
 * parameters it registers, through table rows and through each other.
 */
void wrapper_scan(struct func **funcs, int n);

#endif
