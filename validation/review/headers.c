/*
 * check-name: klint-review: --headers: files a changed header reaches
 * check-description: The range changes only include/wait.h: foo_wait(),
 *	inline, now sleeps, and user.c, which the range does not
 *	touch, calls it under a spinlock.  Without --headers nothing
 *	is checked; with it, the tree's .user.o.cmd names wait.h
 *	and user.c is checked at both ends.
 * check-command: sh review/review.sh klint-sparse klint-link headers
 * check-exit-value: 1
 *
 * check-error-start
== without --headers: user.c is not checked
== exit status 0
== with --headers
drivers/foo/user.c:10:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
drivers/foo/user.c:9:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
