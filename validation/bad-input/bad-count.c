void f(void);
/*
 * check-name: a table row with a bad count
 * check-command: klint-sparse --annotations-file=bad-input/tables/bad-count.tbl $file
 * check-exit-value: 2
 *
 * check-error-start
bad-input/tables/bad-count.tbl:1: error: bad count in 'preempt+x'
 * check-error-end
 */
