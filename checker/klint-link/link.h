/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The link step: the summaries of many files joined over the whole call
 * graph.  Each function's pending points (pending.h) are checked again
 * with what its calls into other files turned out to do, until no
 * summary changes; what only the whole graph shows is then reported.
 */
#ifndef KS_LINK_H
#define KS_LINK_H

#include <stdbool.h>

struct unit_record;
struct elf_symbols;
struct link;

struct link *link_new(void);
/*
 * Frees what link_new() and the solving allocated outside the arena; the
 * unit records and the nodes stay until arena_free_all().  For the fuzzer,
 * which links one input after another.
 */
void link_free(struct link *l);
/* A summary file or a database; a summary overrides a database's entry. */
void link_add_unit(struct link *l, struct unit_record *u);
/*
 * What the real link made of the names.  @objects are the objects beside
 * the summary files (NAME.o for NAME.o.klint): weak against strong
 * definitions.  @linked, when not NULL, are the linked images given
 * (vmlinux.o, *.ko): a global function none of them defines was compiled
 * out (a stale summary, an object the configuration leaves out), and
 * __ksymtab_NAME says which are exported.
 */
void link_use_elf(struct link *l, const struct elf_symbols *objects,
		  const struct elf_symbols *linked);
/*
 * --unresolved-may-sleep: a call through a field no file stores a
 * function in is taken to sleep rather than to do nothing.
 */
void link_set_unresolved_may_sleep(struct link *l, bool on);
/* Resolves the calls and computes every summary to a fixed point. */
void link_solve(struct link *l);
/*
 * Emits the diagnostics: those only the link step finds, and with
 * @all also the per-file ones the inputs carry (for a baseline).
 */
void link_report(struct link *l, bool all);
/* The merged database: every global function's final summary. */
struct unit_record *link_database(struct link *l);
/* Inputs skipped, conflicting definitions: non-zero makes the exit status 1. */
int link_problems(const struct link *l);

#endif
