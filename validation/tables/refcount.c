/*
 * check-name: every row of annotations/refcount.tbl is applied as documented
 * check-command: sh tables/check-rows.sh klint-sparse ../annotations/refcount.tbl
 *
 * check-output-start
refcount.tbl: 8 rows checked, 16 warnings as expected, exit 0
 * check-output-end
 */
