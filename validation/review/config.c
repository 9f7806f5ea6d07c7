/*
 * check-name: klint-review: a file the configuration leaves out
 * check-description: The range adds drivers/foo/optional.c, which
 *	does not compile; its directory's Makefile builds it only with
 *	CONFIG_FOO_OPTIONAL, which the configuration leaves off.  kbuild
 *	would try to build it when named; klint-review reads the
 *	Makefile, skips it with a note, and exits 0.
 * check-command: sh review/review.sh klint-sparse klint-link config
 * check-exit-value: 0
 */
