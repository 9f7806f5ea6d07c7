/*
 * check-name: a merged warning's other sites are kept in the summary file
 * check-description: klint-link --all prints klint-sparse's warning with
 *	its "also called here" notes; a baseline made of that file matches
 *	the warning, whose key leaves them out, so --baseline prints
 *	nothing.
 * check-command: t=$(mktemp -d) && klint-sparse --summary=$t/a.o.klint $file 2>/dev/null && klint-link --all $t && klint-link -o $t/base.db $t && klint-link --baseline=$t/base.db $t; rc=$?; rm -rf $t; exit $rc
 *
 * check-error-start
link/carried-also.c:28:9: warning: sleeper() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/carried-also.c:27:9: note: spin_lock() acquires a spinlock here
link/carried-also.c:22:9: note: sleeper() calls msleep(), which may sleep
link/carried-also.c:29:9: note: also called here
 * check-error-end
 */
#include "../include/kapi.h"

static spinlock_t lock;

static void sleeper(void)
{
	msleep(1);
}

void twice(void)
{
	spin_lock(&lock);
	sleeper();
	sleeper();
	spin_unlock(&lock);
}
