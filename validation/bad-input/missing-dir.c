void f(void);
/*
 * check-name: an annotations directory that cannot be read
 * check-command: klint-sparse --annotations=bad-input/no-such-dir $file
 * check-exit-value: 2
 *
 * check-error-start
klint-sparse: error: cannot read annotations in bad-input/no-such-dir: No such file or directory
 * check-error-end
 */
