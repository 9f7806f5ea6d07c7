void f(void);
/*
 * check-name: a function with two rows
 * check-command: klint-sparse --annotations-file=bad-input/tables/duplicate.tbl $file
 * check-exit-value: 2
 *
 * check-error-start
bad-input/tables/duplicate.tbl:2: error: 'foo' has a row already
 * check-error-end
 */
