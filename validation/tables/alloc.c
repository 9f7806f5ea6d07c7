/*
 * check-name: every row of annotations/alloc.tbl is applied as documented
 * check-command: sh tables/check-rows.sh klint-sparse ../annotations/alloc.tbl
 *
 * check-output-start
alloc.tbl: 210 rows checked, 178 warnings as expected, exit 0
 * check-output-end
 */
