/*
 * check-name: every row of annotations/cleanup.tbl is applied as documented
 * check-command: sh tables/check-rows.sh klint-sparse ../annotations/cleanup.tbl
 *
 * check-output-start
cleanup.tbl: 1 rows checked, 0 warnings as expected, exit 0
 * check-output-end
 */
