void f(void);
/*
 * check-name: a row that does not name a function
 * check-command: klint-sparse --annotations-file=bad-input/tables/bad-name.tbl $file
 * check-exit-value: 2
 *
 * check-error-start
bad-input/tables/bad-name.tbl:1: error: '2fast' is not a function name
 * check-error-end
 */
