#include "../include/kapi.h"

static spinlock_t lock;

void sleeps(void)
{
	spin_lock(&lock);
	msleep(1);
	spin_unlock(&lock);
}

/*
 * check-name: --sarif=FILE whose writing fails halfway leaves the old log
 * check-description: a file size limit of 0 makes the first write fail
 *	(EFBIG, with SIGXFSZ ignored); the temporary file is removed, the old
 *	log stays, and the gcc form is still printed
 * check-command: t=$(mktemp -d) && echo old >"$t/out.sarif" && { (ulimit -f 0 && trap '' XFSZ && klint-sparse --sarif="$t/out.sarif" $file; echo "exit $?") 2>&1 | sed "s|$t|/TMP|"; ls -A "$t"; cat "$t/out.sarif"; rm -rf "$t"; }
 *
 * check-output-start
sarif/write-fails.c:8:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
sarif/write-fails.c:7:9: note: spin_lock() acquires a spinlock here
klint-sparse: error: cannot write /TMP/out.sarif: File too large
exit 2
out.sarif
old
 * check-output-end
 */
