/*
 * check-name: every row of annotations/locks.tbl is applied as documented
 * check-command: sh tables/check-rows.sh klint-sparse ../annotations/locks.tbl
 *
 * check-output-start
locks.tbl: 110 rows checked, 68 warnings as expected, exit 0
 * check-output-end
 */
