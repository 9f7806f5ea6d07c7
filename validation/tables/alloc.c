/*
 * check-name: every row of annotations/alloc.tbl is applied as documented
 * check-command: sh tables/check-rows.sh klint-sparse ../annotations/alloc.tbl
 *
 * check-output-start
alloc.tbl: 155 rows checked, 119 warnings as expected, exit 0
 * check-output-end
 */
