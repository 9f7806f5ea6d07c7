void f(void);
/*
 * check-name: a directive with missing arguments
 * check-command: klint-sparse --annotations-file=bad-input/tables/bad-directive.tbl $file
 * check-exit-value: 2
 *
 * check-error-start
bad-input/tables/bad-directive.tbl:1: error: '@gfp-name' takes two arguments
 * check-error-end
 */
