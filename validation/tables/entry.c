/*
 * check-name: every row of annotations/entry.tbl is applied as documented
 * check-command: sh tables/check-rows.sh klint-sparse ../annotations/entry.tbl
 *
 * check-output-start
entry.tbl: 11 rows checked, 12 warnings as expected, exit 0
 * check-output-end
 */
