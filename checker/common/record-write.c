// SPDX-License-Identifier: GPL-2.0
/* Writing summary files and databases: see summary-file.h. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "arena.h"
#include "error.h"
#include "record.h"

static void put_ranges(FILE *out, const struct range *r)
{
	char buf[64];
	int d;

	for (d = 0; d < NR_DIMS; d++)
		fprintf(out, " %s", range_str(r[d], buf, sizeof(buf)));
}

/* Ranges, an absolute one marked "=" (interrupts left on or off). */
static void put_state(FILE *out, const struct kstate *s)
{
	char buf[64];
	int d;

	for (d = 0; d < NR_DIMS; d++)
		fprintf(out, " %s%s", kstate_abs(s, d) ? "=" : "",
			range_str(s->r[d], buf, sizeof(buf)));
}

/* Fields are separated by spaces: a space in a path is written \040. */
static void put_word(FILE *out, const char *s)
{
	for (; *s; s++) {
		unsigned char c = *s;

		if (c <= ' ' || c == '\\' || c == 0x7f)
			fprintf(out, "\\%03o", c);
		else
			putc(c, out);
	}
}

static void put_loc(FILE *out, struct loc l)
{
	put_word(out, l.file);
	fprintf(out, ":%d:%d", l.line, l.col);
}

static void put_chain(FILE *out, int depth, const struct step *s)
{
	for (; s; s = s->next) {
		fprintf(out, "%.*sat ", depth, "\t\t\t\t");
		put_loc(out, s->pos);
		fprintf(out, " %s\n", s->text);
	}
}

/* Where each raised kind of atomicity of @s began. */
static void put_origins(FILE *out, int depth, const struct kstate *s)
{
	int d;

	for (d = 0; d < NR_DIMS; d++) {
		const struct origin *o = &s->origin[d];

		if (s->r[d].hi <= 0 || !o->where)
			continue;
		fprintf(out, "%.*sorigin %s %s\n", depth, "\t\t\t", dim_names[d],
			what_name(o->what));
		put_chain(out, depth + 1, o->where);
	}
}

static void put_expect(FILE *out, int depth, const char *label, const struct expect *e)
{
	fprintf(out, "%.*s%s", depth, "\t\t", label);
	put_ranges(out, e->r);
	fprintf(out, "%s%s%s\n", e->unless_nofault ? " nofault-ok" : "",
		e->unless_interrupt ? " interrupt-ok" : "",
		e->last_ref ? " last-ref" : "");
	put_chain(out, depth + 1, e->why);
}

static void put_case(FILE *out, int depth, const char *label, const struct term_case *tc)
{
	fprintf(out, "%.*s%s", depth, "\t\t", label);
	put_state(out, &tc->s);
	fprintf(out, " must %#llx may %#llx\n", tc->must, tc->may);
	put_origins(out, depth + 1, &tc->s);
}

static void put_point(FILE *out, const struct point *pt)
{
	int i;

	if (pt->kind == POINT_CALL) {
		fprintf(out, "\tcall %d %s ", pt->term,
			pt->callee_static ? "static" : "global");
		put_word(out, pt->callee);
		putc(' ', out);
	} else {
		fprintf(out, "\tcheck ");
		put_word(out, pt->display);
		putc(' ', out);
	}
	put_loc(out, pt->pos);
	fprintf(out, "%s%s%s%s", pt->callee_local ? " local" : "",
		pt->callee_field ? " field" : "", pt->reported ? " reported" : "",
		pt->last_ref ? " last-ref" : "");
	for (i = 0; i < (int)sizeof(pt->blocking_gfp) * 8; i++)
		if (pt->blocking_gfp & (1UL << i))
			fprintf(out, " blocking-gfp%d", i + 1);
	for (i = 0; pt->args && i < MAX_POINT_ARGS; i++) {
		if (pt->args->known & (1UL << i))
			fprintf(out, " arg%d=%#llx", i + 1,
				(unsigned long long)pt->args->val[i]);
		else if (pt->args->param[i])
			fprintf(out, " arg%d=@%d", i + 1, pt->args->param[i]);
		else if (pt->args->fn[i])
			fprintf(out, " arg%d=%s:%s", i + 1,
				pt->args->fn_static & (1UL << i) ? "static" : "global",
				pt->args->fn[i]);
		else if (pt->args->nonnull & (1UL << i))
			fprintf(out, " arg%d=nonnull", i + 1);
	}
	putc('\n', out);
	if (pt->dropped) {
		fprintf(out, "\t\tdropped\n");
		put_chain(out, 3, pt->dropped);
	}
	if (pt->kind == POINT_CHECK)
		put_expect(out, 2, "expect", pt->e);
	for (i = 0; i < pt->n; i++)
		put_case(out, 2, "case", &pt->c[i]);
}

static void put_fn(FILE *out, const struct fn_record *f, bool database)
{
	const struct summary *s = f->sum;
	const struct param_reg *reg;
	const struct point *pt;
	int i, r;

	fprintf(out, "fn %s %s ", f->name, f->is_static ? "static" : "global");
	put_loc(out, f->pos);
	fprintf(out, "%s\n\tadj", f->exported ? " exported" : "");
	put_state(out, &s->adj);
	fprintf(out, "%s\n", s->clamped ? " clamped" : "");
	put_origins(out, 2, &s->adj);
	for (r = 0; s->by_ret && r < NR_RET_CLASSES; r++) {
		if (!s->returns[r])
			continue;
		fprintf(out, "\tadj-%s", ret_class_names[r]);
		put_state(out, &s->adj_by[r]);
		fprintf(out, "\n");
		put_origins(out, 2, &s->adj_by[r]);
	}
	put_expect(out, 1, "expect", &s->expect);
	if (f->gfp_param) {
		char label[32];

		snprintf(label, sizeof(label), "gfp-expect %d", f->gfp_param);
		put_expect(out, 1, label, f->gfp_expect);
	}
	for (i = 0; i < f->nr_cases; i++) {
		const struct value_case *vc = &f->cases[i];
		const char *label;

		/* type and member names have no bound: no fixed buffer */
		if (vc->field_type)
			label = arena_printf("field-expect %s.%s %s %#llx live %#llx",
					     vc->field_type, vc->field_member,
					     vc->ne ? "ne" : "clear",
					     (unsigned long long)vc->value, vc->live);
		else
			label = arena_printf("value-expect %d %s %#llx live %#llx",
					     vc->arg, vc->mask ? "clear" : vc->set ? "set" : vc->ne ? "ne" : "eq",
					     (unsigned long long)vc->value, vc->live);
		put_expect(out, 1, label, &vc->expect);
	}
	if (f->row) {
		fprintf(out, "\trow ");
		put_word(out, f->row);
		fprintf(out, " %s", f->row_sleep > 0 ? "sleep" : f->row_sleep ? "-" : "nosleep");
		if (f->row_has_adj)
			fprintf(out, " %d\n", f->row_adj);
		else
			fprintf(out, " -\n");
	}
	for (i = 0; i < NR_DIMS; i++)
		if (f->assume->r[i].lo || f->assume->r[i].hi != RANGE_INF)
			break;
	if (i < NR_DIMS) {
		fprintf(out, "\tassume");
		put_ranges(out, f->assume->r);
		fprintf(out, "\n");
		put_origins(out, 2, f->assume);
	}
	for (i = 0; s->calls && i < MAX_CB_PARAMS; i++) {
		const struct param_call *pc = &s->calls->p[i];
		int a;

		if (!(s->calls->params & (1U << i)))
			continue;
		fprintf(out, "\tcalls %d", i + 1);
		put_state(out, &pc->at);
		for (a = 0; a < MAX_CB_ARGS; a++)
			if (pc->known & (1U << a))
				fprintf(out, " arg%d=%#llx", a + 1, (unsigned long long)pc->val[a]);
		fprintf(out, "\n");
		put_origins(out, 2, &pc->at);
	}
	for (reg = f->regs; reg; reg = reg->next) {
		fprintf(out, "\tregisters %d %s %s\n", reg->param, entry_context(reg->ctx)->name,
			reg->api);
		put_chain(out, 2, reg->via);
	}
	if (database)
		return;
	for (pt = f->points; pt; pt = pt->next)
		put_point(out, pt);
	for (i = 0; i < f->nr_rets; i++) {
		char label[8 + NR_RET_CLASSES] = "ret ", *l = label + 4;
		int c;

		for (c = 0; c < NR_RET_CLASSES; c++)
			if (f->rets[i].classes & (1 << c))
				*l++ = ret_class_names[c][0];
		*l = 0;
		put_case(out, 1, label, &f->rets[i].tc);
	}
}

static void add_warn(const struct diag *d, void *arg)
{
	struct warn_record ***tail = arg;
	struct warn_record *w = arena_alloc(sizeof(*w));

	w->d = d;
	w->next = NULL;
	**tail = w;
	*tail = &w->next;
}

struct warn_record *record_warnings(void)
{
	struct warn_record *first = NULL, **tail = &first;

	diag_for_each(add_warn, &tail);
	return first;
}

bool record_write(FILE *out, const struct unit_record *u)
{
	const struct fn_record *f;
	const struct field_record *fr;
	const struct bits_record *br;
	const struct register_record *rr;
	const struct pass_record *pr;
	const struct warn_record *w;
	int c;

	const struct unit_record *x;

	fprintf(out, "%s %d\n", u->database ? DATABASE_MAGIC : SUMMARY_MAGIC,
		SUMMARY_VERSION);
	/* A database holds many files' functions, each under its "unit". */
	for (x = u; x; x = u->database ? x->next : NULL) {
		fprintf(out, "unit ");
		put_word(out, x->unit);
		putc('\n', out);
		for (f = x->fns; f; f = f->next)
			put_fn(out, f, u->database);
		for (rr = x->registers; rr; rr = rr->next) {
			fprintf(out, "register %s %s %s ", rr->fn,
				rr->fn_static ? "static" : "global", entry_context(rr->ctx)->name);
			put_loc(out, rr->pos);
			fprintf(out, " %s", rr->api);
			if (rr->row)
				fprintf(out, " %s", rr->row);
			putc('\n', out);
			put_chain(out, 1, rr->via);
		}
		for (pr = x->passes; pr; pr = pr->next) {
			fprintf(out, "pass %s %s ", pr->fn, pr->fn_static ? "static" : "global");
			put_loc(out, pr->pos);
			fprintf(out, " %s", pr->api);
			put_state(out, &pr->at);
			putc('\n', out);
			put_origins(out, 1, &pr->at);
		}
		for (br = x->bits; br; br = br->next) {
			fprintf(out, "bits %s %s ", br->type, br->member);
			if (br->any)
				fprintf(out, "any\n");
			else if (br->nonnull)
				fprintf(out, "nonnull\n");
			else if (br->from_type)
				fprintf(out, "from %s %s\n", br->from_type, br->from_member);
			else
				fprintf(out, "%#llx\n", br->bits);
		}
		for (fr = x->fields; fr; fr = fr->next) {
			fprintf(out, "field ");
			put_word(out, fr->type);
			fprintf(out, " %s %s %s ", fr->member, fr->fn,
				fr->fn_static ? "static" : "global");
			put_loc(out, fr->pos);
			fprintf(out, "\n");
		}
	}
	for (w = u->warns; w; w = w->next) {
		const struct diag *d = w->d;

		fprintf(out, "warn %s %s ", diag_category_name(d->cat), d->func ? d->func : "-");
		put_loc(out, d->pos);
		fprintf(out, " %s\n", d->msg);
		for (c = 0; c < MAX_CHAINS; c++)
			if (d->chains[c]) {
				fprintf(out, "\tchain\n");
				put_chain(out, 2, d->chains[c]);
			}
		/*
		 * The other sites as one more chain: a reader that does not
		 * know them prints them as the notes they are.
		 */
		for (c = 0; c < MAX_CHAINS && d->chains[c]; c++)
			;
		if (d->also && c < MAX_CHAINS) {
			fprintf(out, "\tchain\n");
			put_chain(out, 2, d->also);
		}
	}
	fprintf(out, "end\n");
	return !ferror(out);
}

bool record_write_file(const char *path, const struct unit_record *u)
{
	char *tmp = arena_printf("%s.tmp.%ld", path, (long)getpid());
	FILE *out = fopen(tmp, "w");
	bool ok;

	if (!out) {
		error_print("cannot write %s: %s", path, strerror(errno));
		return false;
	}
	ok = record_write(out, u);
	if (fclose(out))
		ok = false;
	if (!ok || rename(tmp, path)) {
		error_print("cannot write %s: %s", path,
			    strerror(errno ? errno : EIO));
		unlink(tmp);
		return false;
	}
	return true;
}
