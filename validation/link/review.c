/*
 * check-name: patch review: only the warnings a change adds (--baseline)
 * check-description: The old version has old_bug().  The new one moves it
 *	down (other line numbers) and adds two bugs, one only the link step
 *	sees.  Only those two are printed, and klint-link exits 1: a
 *	review needs no parsing.
 * check-command: t=$(mktemp -d) && mkdir $t/old $t/new && klint-sparse --summary=$t/old/r.o.klint link/inputs/review-old.c 2>/dev/null && klint-sparse --summary=$t/old/h.o.klint link/inputs/review-helper.c && klint-link -o $t/old.db $t/old && klint-sparse --summary=$t/new/r.o.klint $file 2>/dev/null && cp $t/old/h.o.klint $t/new/ && { klint-link --baseline=$t/old.db $t/new; echo "== exit status $?: a warning is new" >&2; echo "== without a baseline: the link step's own" >&2; klint-link $t/new; }; rc=$?; rm -rf $t; exit $rc
 *
 * check-error-start
link/review.c:31:9: warning: kmalloc(GFP_KERNEL) may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/review.c:30:9: note: spin_lock() acquires a spinlock here
link/review.c:52:9: warning: helper_sleeps() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/review.c:51:9: note: spin_lock() acquires a spinlock here
link/inputs/review-helper.c:5:9: note: helper_sleeps() calls msleep(), which may sleep
== exit status 1: a warning is new
== without a baseline: the link step's own
link/review.c:52:9: warning: helper_sleeps() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/review.c:51:9: note: spin_lock() acquires a spinlock here
link/inputs/review-helper.c:5:9: note: helper_sleeps() calls msleep(), which may sleep
 * check-error-end
 */
#include "../include/kapi.h"

void helper_sleeps(void);

static spinlock_t lock;

void new_bug(void)
{
	spin_lock(&lock);
	kmalloc(8, GFP_KERNEL);
	spin_unlock(&lock);
}

void fine(void)
{
	msleep(1);
}

/* Moved, and a line longer: still the same warning. */
void old_bug(void)
{
	spin_lock(&lock);

	msleep(1);
	spin_unlock(&lock);
}

void new_cross_file_bug(void)
{
	spin_lock(&lock);
	helper_sleeps();
	spin_unlock(&lock);
}
