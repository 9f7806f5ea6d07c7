/*
 * check-name: the same global name in two modules: a call stays in its own module (kbuild's NAME.mod)
 * check-command: t=$(mktemp -d) && klint-sparse --summary=$t/a1.o.klint $file && klint-sparse --summary=$t/a2.o.klint link/inputs/mod-a-helper.c && klint-sparse --summary=$t/b.o.klint link/inputs/mod-b-helper.c && touch $t/a1.o $t/a2.o $t/b.o && printf '%s\n' $t/a1.o $t/a2.o >$t/moda.mod && echo $t/b.o >$t/modb.mod && klint-link $t && echo "== without the .mod files" >&2 && rm $t/*.mod && klint-link $t 2>&1 | sed "s|$t|T|g" >&2; rc=$?; rm -rf $t; exit $rc
 *
 * check-error-start
== without the .mod files
klint-link: warning: two summaries for helper_fn(): T/a2.o.klint (link/inputs/mod-a-helper.c:4) and T/b.o.klint (link/inputs/mod-b-helper.c:4); using the first
 * check-error-end
 */
#include "../include/kapi.h"

void helper_fn(void);

static spinlock_t lock;

void a_main(void)
{
	spin_lock(&lock);
	helper_fn();
	spin_unlock(&lock);
}
