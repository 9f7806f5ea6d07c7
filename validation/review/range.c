/*
 * check-name: klint-review: what a range adds, and only that
 * check-description: Base, then a commit that adds core_config() (a mutex under
 *	a spinlock) and unbuilt.c (a bug, in a file the
 *	configuration does not build), then one that fixes
 *	hw_poll().  Only core_config() is reported, in gcc's form
 *	and in the SARIF log; core_old_bug(), which moved, is not;
 *	the tree is left as it was.
 * check-command: sh review/review.sh klint-sparse klint-link range
 * check-exit-value: 1
 *
 * check-error-start
drivers/foo/core.c:12:9: warning: mutex_lock() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
drivers/foo/core.c:11:9: note: spin_lock() acquires a spinlock here
== SARIF: 1 result(s), "uri": "drivers/foo/core.c"
 * check-error-end
 */
