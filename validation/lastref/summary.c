#include "../include/refcount.h"

struct obj {
	refcount_t ref;
	void *buf;
};

void obj_free(struct obj *o);

/* Its summary: it sleeps only for the last reference. */
void obj_put(struct obj *o)
{
	if (refcount_dec_and_test(&o->ref))
		vfree(o->buf);
}

/* A call into another file past the drop: the link step finishes it. */
void obj_put_far(struct obj *o)
{
	if (refcount_dec_and_test(&o->ref))
		obj_free(o);
}

/*
 * check-name: the last reference's marks in summary files and databases
 * check-command: t=$(mktemp -d) && klint-sparse --summary=$t/s.o.klint $file && grep -E 'fn|expect|last-ref|dropped|drops|calls' $t/s.o.klint && klint-link -o $t/db $t && grep -A1 'expect' $t/db && sed 's/ last-ref$/ last-ref nofault-ok/' $t/db > $t/rev.db && klint-link -o $t/db2 $t/rev.db && grep 'expect' $t/db2; rm -rf $t
 * check-description: the flags of an expect line come in either order.
 *
 * check-output-start
fn obj_put global lastref/summary.c:11:6
	expect 0 0 0 0 0.. interrupt-ok last-ref
		at lastref/summary.c:13:13 refcount_dec_and_test() drops the last reference here
		at lastref/summary.c:14:17 obj_put() calls vfree(), which may sleep
fn obj_put_far global lastref/summary.c:18:6
	expect 0.. 0.. 0.. 0.. 0..
	call 0 global obj_free lastref/summary.c:21:17 last-ref arg1=@1
		dropped
			at lastref/summary.c:20:13 refcount_dec_and_test() drops the last reference here
	expect 0 0 0 0 0.. interrupt-ok last-ref
		at lastref/summary.c:13:13 refcount_dec_and_test() drops the last reference here
--
	expect 0.. 0.. 0.. 0.. 0..
end
	expect 0 0 0 0 0.. nofault-ok interrupt-ok last-ref
	expect 0.. 0.. 0.. 0.. 0..
 * check-output-end
 */
