/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Which functions a file stores in which struct fields: the candidates
 * an indirect call through that field may reach.
 *
 * Two kinds of store are found: initializers (of file-scope and local
 * variables, and of compound literals), designated or positional, nested
 * or in arrays of structs, and plain assignments p->f = fn, s.f = &fn,
 * p->a.b = (void *)fn.  The value must name a function, possibly
 * through &, * or casts; either arm of a conditional counts.  Calls,
 * NULL and function pointer variables do not.  The field itself must
 * have function pointer type (or be an array of them): a function cast
 * into a void * or unsigned long field is data, not a call target.
 *
 * Initializers of integer fields are reported too, with no function: what
 * the link step needs to know which bits a field ever holds.  So is, for
 * each object with static storage or an initializer, every function
 * pointer field in it (not one a union overlays): set to an address, or
 * not, which is NULL where the initializer leaves the member out, or
 * where a static object has no initializer at all.  That is what the link
 * step needs to know whether a field is ever NULL.
 *
 * The trees must have been evaluated (sparse() does it).  Expanding
 * them with expand_symbol() first is allowed and has one effect worth
 * having: a static inline helper's body is copied into its callers, so
 * a store it makes is seen, once per call site.  Unexpanded, inline
 * helpers are never seen, since sparse() does not list them.  So scan
 * after unit_check()'s expand_symbol(); linearizing changes nothing.
 */
#ifndef KS_FIELDS_H
#define KS_FIELDS_H

#include <sparse/symbol.h>

struct field_store {
	/*
	 * The struct or union tag, or for an anonymous one the typedef name
	 * sparse gives it.  A field of an unnamed member (an anonymous
	 * struct or union inside another) is the enclosing type's, as C
	 * reaches it; a field of an anonymous type with no name at all is
	 * never reported.
	 */
	const char *type;
	struct position type_pos;	/* where the struct is defined */
	const char *member;	/* innermost: p->a.b is the type of a, member b */
	struct symbol *fn;	/* the definition when the file has one */
	struct position pos;	/* the value in an initializer, or the assignment */
	/*
	 * For an initializer of a file-scope or static variable: its name,
	 * and how many bytes into it the field is (DECLARE_WORK(w, fn) puts
	 * fn in w.func); NULL otherwise.
	 */
	const char *object;
	long long object_offset;
	/*
	 * With no @fn, an integer field initialized: to the constant @bits,
	 * or (@any) to what the file cannot bound.  With @pointer, a
	 * function pointer field of an object: set to an object's or a
	 * function's address, never NULL, or (@any) not, NULL included.
	 */
	bool pointer;
	bool any;
	unsigned long long bits;
};

/*
 * Calls @fn for each store in @syms, a file's top-level symbols as
 * sparse() returns them.  The names live as long as the program, so
 * they may be kept and compared as strings across files.  The same store
 * may be reported more than once (see inline helpers above).
 */
void field_scan(struct symbol_list *syms,
		 void (*fn)(const struct field_store *s, void *arg), void *arg);

/* The integer field @offset bytes into an object of @type, as above. */
bool int_field_at(struct symbol *type, long long offset, const char **type_name,
		  const char **member);

/*
 * The function pointer field @offset bytes into an object of @type that
 * no union overlays, whose NULL tests field_scan()'s objects decide.
 */
bool fn_field_at(struct symbol *type, long long offset, const char **type_name,
		 const char **member);

/*
 * The function pointer field @offset bytes into an object of @type:
 * what an indirect call loads its target from, named as field_scan()
 * names the stores.
 */
bool field_at(struct symbol *type, long long offset, const char **type_name,
	      struct position *type_pos, const char **member);

#endif
