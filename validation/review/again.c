/*
 * check-name: klint-review: --work: the scratch checkout reused
 * check-description: The same range twice with one --work directory: the second
 *	run checks out the base again in the kept checkout.
 * check-command: sh review/review.sh klint-sparse klint-link again
 * check-exit-value: 1
 *
 * check-error-start
== first run: exit status 1
drivers/foo/core.c:12:9: warning: mutex_lock() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
drivers/foo/core.c:11:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
