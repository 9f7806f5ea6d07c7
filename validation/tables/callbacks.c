/*
 * check-name: every row of annotations/callbacks.tbl is applied as documented
 * check-command: sh tables/check-rows.sh klint-sparse ../annotations/callbacks.tbl
 *
 * check-output-start
callbacks.tbl: 137 rows checked, 137 warnings as expected, exit 0
 * check-output-end
 */
