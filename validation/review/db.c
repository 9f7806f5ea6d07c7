/*
 * check-name: klint-review: --db: a call out of the range's files
 * check-description: core_reset() now calls hw_poll(), which sleeps, in hw.c,
 *	which the range does not touch.  Without a database, hw.c
 *	is not checked and nothing is found; with a database of
 *	the rest of the tree, the call is reported with its chain
 *	through hw.c.
 * check-command: sh review/review.sh klint-sparse klint-link db
 * check-exit-value: 1
 *
 * check-error-start
== without a database: hw.c is not checked
== exit status 0
== with the base's database
drivers/foo/core.c:30:9: warning: hw_poll() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
drivers/foo/core.c:28:9: note: spin_lock() acquires a spinlock here
drivers/foo/hw.c:12:9: note: hw_poll() calls msleep(), which may sleep
 * check-error-end
 */
