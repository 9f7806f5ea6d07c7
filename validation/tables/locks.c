/*
 * check-name: every row of annotations/locks.tbl is applied as documented
 * check-command: sh tables/check-rows.sh klint-sparse ../annotations/locks.tbl
 *
 * check-output-start
locks.tbl: 111 rows checked, 69 warnings as expected, exit 0
 * check-output-end
 */
