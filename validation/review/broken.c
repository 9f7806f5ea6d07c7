/*
 * check-name: klint-review: a file that does not build: exit 2
 * check-description: The range adds a file that does not compile: klint-review
 *	cannot check it and says so, with the end of kbuild's
 *	output.
 * check-command: sh review/review.sh klint-sparse klint-link broken
 * check-exit-value: 2
 *
 * check-error-start
drivers/foo/broken.c: error: does not compile
klint-review: error: drivers/foo/broken.o does not build at tip
 * check-error-end
 */
