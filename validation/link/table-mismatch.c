/*
 * check-name: a table row against the body it describes (-Wtable-mismatch)
 * check-description: where the link step has the body of a function that
 *	has a row, it reports a row the body contradicts: sleeping, or the
 *	preempt depth.  Off by default.
 * check-command: sh link/link.sh klint-sparse klint-link link/inputs/rows.c -- -Wtable-mismatch && echo "== by default" >&2 && sh link/link.sh klint-sparse klint-link link/inputs/rows.c
 *
 * check-error-start
link/inputs/rows.c:17:6: warning: the row of ndelay() (sleep.tbl:127) says it does not sleep; its body may [-Wtable-mismatch]
link/inputs/rows.c:21:9: note: ndelay() calls mutex_lock(), which may sleep
link/inputs/rows.c:26:6: warning: the row of msleep_interruptible() (sleep.tbl:118) says it may sleep; its body never does [-Wtable-mismatch]
link/inputs/rows.c:31:6: warning: the row of _raw_spin_lock() (locks.tbl:47) says it changes the preempt depth by 1; its body by 0 [-Wtable-mismatch]
== by default
 * check-error-end
 */
