/*
 * check-name: the waivers of an expect line, in either order, each once
 * check-description: a summary file written by hand names ext_free() as
 *	sleeping only in task context and only to fault pages in, with the
 *	words in the other order than klint-sparse writes them: under
 *	spin_lock_bh() it is fine, under spin_lock() it is not.  A file that
 *	repeats a word is rejected, and the rest is still linked.
 * check-command: t=$(mktemp -d) && klint-sparse --summary=$t/a.o.klint $file && printf 'klint-summary 1\nunit ext.c\nfn ext_free global ext.c:1:6\n\tadj 0 0 0 0 0\n\texpect 0 0 0 0 0.. interrupt-ok nofault-ok\nend\n' > $t/b.o.klint && printf 'klint-summary 1\nunit dup.c\nfn dup_free global dup.c:1:6\n\tadj 0 0 0 0 0\n\texpect 0 0 0 0 0.. interrupt-ok interrupt-ok\nend\n' > $t/c.o.klint && klint-link $t 2>&1 | sed "s|$t/||"; rm -rf $t
 *
 * check-output-start
c.o.klint:5: error: bad expect
link/expect-waivers.c:32:9: warning: ext_free() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/expect-waivers.c:31:9: note: spin_lock() acquires a spinlock here
 * check-output-end
 */
#include "../include/kapi.h"

void ext_free(void *p);

static spinlock_t lock;

void free_bh(void *p)
{
	spin_lock_bh(&lock);
	ext_free(p);
	spin_unlock_bh(&lock);
}

void free_locked(void *p)
{
	spin_lock(&lock);
	ext_free(p);
	spin_unlock(&lock);
}
