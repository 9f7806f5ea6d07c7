/*
 * check-name: every row of annotations/alloc.tbl is applied as documented
 * check-command: sh tables/check-rows.sh klint-sparse ../annotations/alloc.tbl
 *
 * check-output-start
alloc.tbl: 156 rows checked, 124 warnings as expected, exit 0
 * check-output-end
 */
