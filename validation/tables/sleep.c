/*
 * check-name: every row of annotations/sleep.tbl is applied as documented
 * check-command: sh tables/check-rows.sh klint-sparse ../annotations/sleep.tbl
 *
 * check-output-start
sleep.tbl: 305 rows checked, 230 warnings as expected, exit 0
 * check-output-end
 */
