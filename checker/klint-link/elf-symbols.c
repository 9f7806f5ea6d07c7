// SPDX-License-Identifier: GPL-2.0
/*
 * Function symbols of ELF objects, indexed by name.  Each file is read in
 * two steps: first everything is collected and checked while libelf owns the
 * strings, then copied into the index, so a file that fails leaves no trace.
 */
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "elf-symbols.h"

#define KSYMTAB_PREFIX	"__ksymtab_"
#define POOL_CHUNK	(64 * 1024)

/* Lookup order: GLOBAL, WEAK, LOCAL. */
#define NR_RANKS	3

static int rank(enum elf_bind bind)
{
	switch (bind) {
	case ELF_BIND_GLOBAL:
		return 0;
	case ELF_BIND_WEAK:
		return 1;
	default:
		return 2;
	}
}

/* All definitions of one name; the name is stored once for all of them. */
struct entry {
	struct entry *hnext;
	unsigned int hash;
	struct elf_func *defs;
	/* The last definition of each rank: where the next one of it goes. */
	struct elf_func *last[NR_RANKS];
	char name[];
};

/* Everything an index owns is freed at once, like the file arena. */
struct pool_chunk {
	struct pool_chunk *next;
	size_t used, size;
	max_align_t data[];
};

struct elf_symbols {
	struct entry **buckets;
	unsigned int nr_buckets;	/* a power of two */
	unsigned int nr_entries;
	struct pool_chunk *chunks;
};

/* A symbol of the file being read, pointing into libelf's string table. */
struct pending {
	const char *name;
	int kind;		/* an enum elf_bind, or PENDING_KSYMTAB */
};

#define PENDING_KSYMTAB	-1

static void *pool_alloc(struct elf_symbols *ix, size_t size)
{
	struct pool_chunk *c = ix->chunks;
	size_t align = sizeof(max_align_t);
	void *p;

	size = (size + align - 1) & ~(align - 1);
	if (!c || c->size - c->used < size) {
		size_t want = size > POOL_CHUNK ? size : POOL_CHUNK;

		c = ks_malloc(sizeof(*c) + want);
		c->size = want;
		c->used = 0;
		c->next = ix->chunks;
		ix->chunks = c;
	}
	p = (char *)c->data + c->used;
	c->used += size;
	return p;
}

static unsigned int hash(const char *s)
{
	unsigned int h = 2166136261u;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

struct elf_symbols *elf_symbols_new(void)
{
	struct elf_symbols *ix = ks_calloc(1, sizeof(*ix));

	ix->nr_buckets = 1024;
	ix->buckets = ks_calloc(ix->nr_buckets, sizeof(*ix->buckets));
	return ix;
}

void elf_symbols_free(struct elf_symbols *ix)
{
	if (!ix)
		return;
	while (ix->chunks) {
		struct pool_chunk *next = ix->chunks->next;

		free(ix->chunks);
		ix->chunks = next;
	}
	free(ix->buckets);
	free(ix);
}

static struct entry *find(const struct elf_symbols *ix, const char *name, unsigned int h)
{
	struct entry *e = ix->buckets[h & (ix->nr_buckets - 1)];

	for (; e; e = e->hnext)
		if (e->hash == h && !strcmp(e->name, name))
			return e;
	return NULL;
}

/* Keeps chains short as vmlinux.o's tens of thousands of names go in. */
static void grow(struct elf_symbols *ix)
{
	unsigned int n = ix->nr_buckets * 2, i;
	struct entry **b = ks_calloc(n, sizeof(*b));

	for (i = 0; i < ix->nr_buckets; i++) {
		struct entry *e = ix->buckets[i];

		while (e) {
			struct entry *next = e->hnext;

			e->hnext = b[e->hash & (n - 1)];
			b[e->hash & (n - 1)] = e;
			e = next;
		}
	}
	free(ix->buckets);
	ix->buckets = b;
	ix->nr_buckets = n;
}

static struct entry *find_or_add(struct elf_symbols *ix, const char *name)
{
	unsigned int h = hash(name);
	struct entry *e = find(ix, name, h);
	size_t len;

	if (e)
		return e;
	if (ix->nr_entries >= ix->nr_buckets && ix->nr_buckets < 1u << 30)
		grow(ix);
	len = strlen(name);
	e = pool_alloc(ix, sizeof(*e) + len + 1);
	memset(e, 0, sizeof(*e));
	memcpy(e->name, name, len + 1);
	e->hash = h;
	e->hnext = ix->buckets[h & (ix->nr_buckets - 1)];
	ix->buckets[h & (ix->nr_buckets - 1)] = e;
	ix->nr_entries++;
	return e;
}

const struct elf_func *elf_symbols_lookup(const struct elf_symbols *ix, const char *name)
{
	struct entry *e = find(ix, name, hash(name));

	return e ? e->defs : NULL;
}

/* After every stronger definition and every earlier one of the same rank. */
static void add_def(struct entry *e, struct elf_func *f)
{
	int r = rank(f->bind), k;

	for (k = r; k >= 0 && !e->last[k]; k--)
		;
	if (k < 0) {
		f->next = e->defs;
		e->defs = f;
	} else {
		f->next = e->last[k]->next;
		e->last[k]->next = f;
	}
	e->last[r] = f;
}

/*
 * EXPORT_SYMBOL(foo) in 6.1 emits a local __ksymtab_foo whatever the flavour:
 * _GPL and _NS differ only in the section, ___ksymtab_gpl+foo.  The entry
 * refers to foo by name, so a non-local foo of the file is the one exported;
 * only a file without one can have exported a static foo.
 */
static void mark_exported(struct elf_symbols *ix, const char *name, const char *object)
{
	struct entry *e = find(ix, name, hash(name));
	struct elf_func *f;
	bool non_local = false;

	if (!e)
		return;
	for (f = e->defs; f; f = f->next)
		if (f->object == object && f->bind != ELF_BIND_LOCAL)
			non_local = true;
	for (f = e->defs; f; f = f->next)
		if (f->object == object && (!non_local || f->bind != ELF_BIND_LOCAL))
			f->exported = true;
}

static void commit(struct elf_symbols *ix, const char *path, const struct pending *p,
		   size_t n, bool in_module)
{
	size_t len = strlen(path), i;
	char *object = pool_alloc(ix, len + 1);

	/* Each file gets its own copy: mark_exported() tells files apart by it. */
	memcpy(object, path, len + 1);
	for (i = 0; i < n; i++) {
		struct entry *e;
		struct elf_func *f;

		if (p[i].kind == PENDING_KSYMTAB)
			continue;
		e = find_or_add(ix, p[i].name);
		f = pool_alloc(ix, sizeof(*f));
		f->name = e->name;
		f->object = object;
		f->bind = p[i].kind;
		f->in_module = in_module;
		f->exported = false;
		add_def(e, f);
	}
	for (i = 0; i < n; i++)
		if (p[i].kind == PENDING_KSYMTAB)
			mark_exported(ix, p[i].name + strlen(KSYMTAB_PREFIX), object);
}

bool elf_symbols_is_elf(const char *path)
{
	unsigned char magic[SELFMAG];
	ssize_t n;
	int fd;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	n = read(fd, magic, sizeof(magic));
	close(fd);
	return n == SELFMAG && !memcmp(magic, ELFMAG, SELFMAG);
}

/* One file being read, and where its complaint goes. */
struct reader {
	const char *path;
	char *err;
	size_t errlen;
	Elf *elf;
	size_t sym_size;	/* of one symbol in the file, ELF32 or ELF64 */
	struct pending *p;
	size_t n, max;
	bool in_module;
};

static int fail(struct reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int fail(struct reader *r, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (!r->err || !r->errlen)
		return -1;
	n = snprintf(r->err, r->errlen, "%s: ", r->path);
	if (n >= 0 && (size_t)n < r->errlen) {
		va_start(ap, fmt);
		vsnprintf(r->err + n, r->errlen - n, fmt, ap);
		va_end(ap);
	}
	return -1;
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && !strcmp(s + n - m, suffix);
}

/*
 * A module's .modinfo holds "license=GPL"; a built-in object's holds
 * "workqueue.parmtype=...", prefixed with the name it would have as a module.
 */
static bool modinfo_of_module(Elf_Scn *scn)
{
	Elf_Data *d = elf_getdata(scn, NULL);
	const char *s, *end;

	if (!d || !d->d_buf)
		return false;
	s = d->d_buf;
	end = s + d->d_size;
	while (s < end) {
		const char *nul = memchr(s, 0, end - s);
		const char *eq;

		if (!nul)
			nul = end;
		eq = memchr(s, '=', nul - s);
		if (eq && eq > s && !memchr(s, '.', eq - s))
			return true;
		s = nul + 1;
	}
	return false;
}

/*
 * libelf takes section headers past the end of the file for none at all:
 * a truncated object would read as merely stripped.
 */
static bool headers_fit(struct reader *r, const GElf_Ehdr *ehdr, off_t size)
{
	uint64_t shnum = ehdr->e_shnum, entsize = ehdr->e_shentsize;
	size_t n;

	if (!ehdr->e_shoff)
		return true;
	/* With 0xff00 sections or more, the count is in section 0's header. */
	if (!shnum)
		shnum = !elf_getshdrnum(r->elf, &n) && n ? n : 1;
	if (!entsize)
		entsize = 1;
	return ehdr->e_shoff <= (uint64_t)size &&
	       shnum <= ((uint64_t)size - ehdr->e_shoff) / entsize;
}

/* Notes what only a module has, and sizes the symbol tables. */
static int scan_sections(struct reader *r)
{
	bool symtab = false;
	Elf_Scn *scn = NULL;
	size_t shstrndx;

	if (elf_getshdrstrndx(r->elf, &shstrndx))
		return fail(r, "%s", elf_errmsg(-1));
	while ((scn = elf_nextscn(r->elf, scn))) {
		GElf_Shdr shdr;
		const char *name;

		if (!gelf_getshdr(scn, &shdr))
			return fail(r, "%s", elf_errmsg(-1));
		if (shdr.sh_type == SHT_SYMTAB) {
			/* libelf checks the data lies within the file. */
			Elf_Data *d = elf_getdata(scn, NULL);

			if (!d)
				return fail(r, "symbol table: %s", elf_errmsg(-1));
			symtab = true;
			r->max += d->d_size / r->sym_size;
			continue;
		}
		name = elf_strptr(r->elf, shstrndx, shdr.sh_name);
		if (!name)
			continue;
		if (!strcmp(name, ".gnu.linkonce.this_module"))
			r->in_module = true;
		else if (!strcmp(name, ".modinfo") && modinfo_of_module(scn))
			r->in_module = true;
	}
	if (!symtab)
		return fail(r, "no symbol table (stripped?)");
	return 0;
}

static int read_symtab(struct reader *r, Elf_Scn *scn, const GElf_Shdr *shdr)
{
	Elf_Data *d = elf_getdata(scn, NULL);
	size_t i, count;

	if (!d)
		return fail(r, "symbol table: %s", elf_errmsg(-1));
	count = d->d_size / r->sym_size;
	/* Index 0 is the reserved null symbol. */
	for (i = 1; i < count; i++) {
		const char *name;
		GElf_Sym sym;
		int kind;

		if (!gelf_getsym(d, i, &sym))
			return fail(r, "symbol %zu: %s", i, elf_errmsg(-1));
		if (!sym.st_name)
			continue;
		name = elf_strptr(r->elf, shdr->sh_link, sym.st_name);
		if (!name)
			return fail(r, "symbol %zu: bad name: %s", i, elf_errmsg(-1));
		/* A module's own code refers to it; built-in code never does. */
		if (!strcmp(name, "__this_module")) {
			r->in_module = true;
			continue;
		}
		if (sym.st_shndx == SHN_UNDEF)
			continue;
		if (!strncmp(name, KSYMTAB_PREFIX, strlen(KSYMTAB_PREFIX))) {
			kind = PENDING_KSYMTAB;
		} else if (GELF_ST_TYPE(sym.st_info) != STT_FUNC) {
			continue;
		} else {
			switch (GELF_ST_BIND(sym.st_info)) {
			case STB_LOCAL:
				kind = ELF_BIND_LOCAL;
				break;
			case STB_GLOBAL:
			case STB_GNU_UNIQUE:
				kind = ELF_BIND_GLOBAL;
				break;
			case STB_WEAK:
				kind = ELF_BIND_WEAK;
				break;
			default:
				continue;
			}
		}
		/* scan_sections() counted this very data: only a libelf surprise. */
		if (r->n >= r->max)
			return fail(r, "symbol table grew while read");
		r->p[r->n].name = name;
		r->p[r->n].kind = kind;
		r->n++;
	}
	return 0;
}

static int read_elf(struct reader *r, off_t size, bool magic_ok)
{
	Elf_Scn *scn = NULL;
	GElf_Ehdr ehdr;

	if (elf_kind(r->elf) == ELF_K_AR)
		return fail(r, "an archive: give its members");
	if (elf_kind(r->elf) != ELF_K_ELF)
		return fail(r, magic_ok ? "bad or truncated ELF header" : "not an ELF file");
	if (!gelf_getehdr(r->elf, &ehdr))
		return fail(r, "%s", elf_errmsg(-1));
	if (!headers_fit(r, &ehdr, size))
		return fail(r, "truncated: section headers past the end");
	r->sym_size = gelf_fsize(r->elf, ELF_T_SYM, 1, EV_CURRENT);
	if (!r->sym_size)
		return fail(r, "%s", elf_errmsg(-1));
	if (scan_sections(r))
		return -1;
	r->p = ks_calloc(r->max, sizeof(*r->p));
	while ((scn = elf_nextscn(r->elf, scn))) {
		GElf_Shdr shdr;

		if (!gelf_getshdr(scn, &shdr))
			return fail(r, "%s", elf_errmsg(-1));
		if (shdr.sh_type == SHT_SYMTAB && read_symtab(r, scn, &shdr))
			return -1;
	}
	return 0;
}

int elf_symbols_add(struct elf_symbols *ix, const char *path, char *err, size_t errlen)
{
	struct reader r = {
		.path = path,
		.err = err,
		.errlen = errlen,
		.in_module = ends_with(path, ".ko"),
	};
	unsigned char magic[SELFMAG];
	struct stat st;
	bool magic_ok;
	int fd, ret;

	if (elf_version(EV_CURRENT) == EV_NONE)
		return fail(&r, "libelf: %s", elf_errmsg(-1));
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return fail(&r, "%s", strerror(errno));
	if (fstat(fd, &st)) {
		ret = fail(&r, "%s", strerror(errno));
		goto out;
	}
	if (!S_ISREG(st.st_mode)) {
		ret = fail(&r, "not a regular file");
		goto out;
	}
	/* libelf calls a short file with the magic just not ELF: say which. */
	magic_ok = pread(fd, magic, SELFMAG, 0) == SELFMAG &&
		   !memcmp(magic, ELFMAG, SELFMAG);
	r.elf = elf_begin(fd, ELF_C_READ, NULL);
	if (!r.elf) {
		ret = fail(&r, "%s", elf_errmsg(-1));
		goto out;
	}
	ret = read_elf(&r, st.st_size, magic_ok);
	/* Copied out before elf_end() frees the strings they point to. */
	if (!ret)
		commit(ix, path, r.p, r.n, r.in_module);
	free(r.p);
	elf_end(r.elf);
out:
	close(fd);
	return ret;
}
