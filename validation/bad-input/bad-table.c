void f(void);
/*
 * check-name: a broken annotation table stops the tool with FILE:LINE
 * check-command: klint-sparse --annotations-file=bad-input/tables/unknown-effect.tbl $file
 * check-exit-value: 2
 *
 * check-error-start
bad-input/tables/unknown-effect.tbl:3: error: unknown effect 'explode'
 * check-error-end
 */
