/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the real link made of function names, read from ELF objects.
 *
 * The checker's summaries know functions by name only, and a name can mean
 * several bodies: a weak default overridden elsewhere, a static helper
 * repeated in many files, a function only modules may call.  The objects the
 * kernel build produced say which is which.  Like objtool's elf.c, this layer
 * knows nothing about the analysis: it only reads symbol tables.
 */
#ifndef KS_ELF_SYMBOLS_H
#define KS_ELF_SYMBOLS_H

#include <stdbool.h>
#include <stddef.h>

enum elf_bind { ELF_BIND_LOCAL, ELF_BIND_GLOBAL, ELF_BIND_WEAK };

struct elf_func {
	const char *name;
	const char *object;	/* the ELF file it was found in, as given */
	enum elf_bind bind;
	/*
	 * The file is a module: a .ko, or it has .gnu.linkonce.this_module,
	 * __this_module, or .modinfo entries without a "modname." prefix
	 * (built-in objects have .modinfo too, with the prefix).
	 */
	bool in_module;
	/*
	 * The same file has __ksymtab_<name>: EXPORT_SYMBOL, _GPL or _NS.
	 * When the file also defines a non-local <name>, as vmlinux.o may
	 * next to static namesakes, only the non-local ones are marked.
	 */
	bool exported;
	struct elf_func *next;	/* same name in another file, or a second definition */
};

struct elf_symbols;

/* An empty index; exits on out of memory, as the rest of klint-sparse. */
struct elf_symbols *elf_symbols_new(void);

/* True if @path starts with the ELF magic: cheap, so callers can sort inputs. */
bool elf_symbols_is_elf(const char *path);

/*
 * Adds every defined function symbol (STT_FUNC, st_shndx != SHN_UNDEF) of
 * the ELF object @path: what the link can bind a call to.  Local ones are
 * kept too, since static functions of the same name in different objects
 * are distinct bodies.  Returns 0, or -1 with a one-line message naming the
 * file in @err (not ELF, truncated, no symbol table, libelf's complaint);
 * the index is then unchanged.  Corrupt input is an error, never a crash.
 */
int elf_symbols_add(struct elf_symbols *ix, const char *path, char *err, size_t errlen);

/*
 * The definitions of @name, in the order a caller should trust them: GLOBAL,
 * then WEAK (overridden by any GLOBAL), then LOCAL (a call from another file
 * cannot reach those); within each, in the order the files were added.
 * NULL if nothing defines @name.  Valid until elf_symbols_free().
 */
const struct elf_func *elf_symbols_lookup(const struct elf_symbols *ix, const char *name);

/* Drops the index and every string it handed out. */
void elf_symbols_free(struct elf_symbols *ix);

#endif
