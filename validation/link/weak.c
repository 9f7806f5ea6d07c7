/*
 * check-name: a weak default overridden by a strong definition, told apart by the objects
 * check-description: With the objects, the strong arch_flush() wins and
 *	nothing is reported.  Without them, the two summaries of one name
 *	differ: a warning names both and the first in name order wins.
 * check-command: OBJECTS="link/inputs/weak-default.c link/inputs/weak-arch.c" sh link/link.sh klint-sparse klint-link $file link/inputs/weak-default.c link/inputs/weak-arch.c && echo "== without objects" >&2 && sh link/link.sh klint-sparse klint-link $file link/inputs/weak-default.c link/inputs/weak-arch.c 2>&1 | sed "s|${TMPDIR:-/tmp}/klint-link-test[.][A-Za-z0-9]*|T|g" >&2
 *
 * check-error-start
== without objects
klint-link: warning: two summaries for arch_flush(): T/weak-arch.o.klint (link/inputs/weak-arch.c:3) and T/weak-default.o.klint (link/inputs/weak-default.c:4); using the first
 * check-error-end
 */
#include "../include/kapi.h"

void arch_flush(void);

static spinlock_t lock;

void flush_locked(void)
{
	spin_lock(&lock);
	arch_flush();
	spin_unlock(&lock);
}
