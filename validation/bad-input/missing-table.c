void f(void);
/*
 * check-name: a table that cannot be read
 * check-command: klint-sparse --annotations-file=bad-input/tables/no-such.tbl $file
 * check-exit-value: 2
 *
 * check-error-start
bad-input/tables/no-such.tbl: error: cannot read: No such file or directory
 * check-error-end
 */
