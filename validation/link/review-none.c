/*
 * check-name: patch review: nothing new, exit 0 (--baseline)
 * check-description: A change that only moves an old bug (other line
 *	numbers) and adds code that does not sleep in atomic context: the
 *	review prints nothing and klint-link exits 0, though the file and
 *	the link both still have the old warning.
 * check-command: t=$(mktemp -d) && mkdir $t/old $t/new && klint-sparse --summary=$t/old/r.o.klint link/inputs/review-old.c 2>/dev/null && klint-sparse --summary=$t/old/h.o.klint link/inputs/review-helper.c && klint-link -o $t/old.db $t/old && klint-sparse --summary=$t/new/r.o.klint $file 2>/dev/null && cp $t/old/h.o.klint $t/new/ && klint-link --baseline=$t/old.db $t/new; rc=$?; rm -rf $t; exit $rc
 * check-exit-value: 0
 */
#include "../include/kapi.h"

void helper_sleeps(void);

static spinlock_t lock;

void fine(void)
{
	msleep(1);
	helper_sleeps();
}

/* Moved: still the same warning, not a new one. */
void old_bug(void)
{
	spin_lock(&lock);

	msleep(1);
	spin_unlock(&lock);
}
