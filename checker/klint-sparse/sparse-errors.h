/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Sparse's own errors.  In kernel code they are mostly its type checks
 * ("different address spaces"), which leave the functions whole and are
 * not klint-sparse's findings: they are muted, like sparse's warnings,
 * unless --sparse-warnings.  What does cost the analysis code, a function
 * sparse could not parse, is said once, as our note.
 */
#ifndef KS_SPARSE_ERRORS_H
#define KS_SPARSE_ERRORS_H

struct symbol_list;

/* Take sparse's errors from now on instead of letting it print them. */
void sparse_errors_mute(void);
/*
 * After a file is checked: a note for each function of @syms that one of
 * sparse's parse errors fell in, then forget the file's errors.
 */
void sparse_errors_note(struct symbol_list *syms);

#endif
