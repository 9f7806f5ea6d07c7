/*
 * check-name: klint-review: a range that only fixes: nothing, exit 0
 * check-description: The commit that fixes hw_poll(), named alone (C for
 *	C^..C).
 * check-command: sh review/review.sh klint-sparse klint-link fix
 * check-exit-value: 0
 */
