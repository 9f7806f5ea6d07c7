void f(void);
/*
 * check-name: a table that cannot be read
 * check-command: klint-sparse --annotations-file=bad-input/tables/no-such.tbl $file
 * check-exit-value: 2
 *
 * check-error-start
klint-sparse: error: cannot read bad-input/tables/no-such.tbl: No such file or directory
 * check-error-end
 */
