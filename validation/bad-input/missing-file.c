/*
 * check-name: a C file that does not exist
 * check-command: klint-sparse bad-input/no-such-file.c
 * check-exit-value: 2
 *
 * check-error-start
klint-sparse: error: cannot read bad-input/no-such-file.c: No such file or directory
 * check-error-end
 */
