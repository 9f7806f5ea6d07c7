/*
 * check-name: every row of annotations/iterators.tbl is applied as documented
 * check-command: sh tables/check-rows.sh klint-sparse ../annotations/iterators.tbl
 *
 * check-output-start
iterators.tbl: 20 rows checked, 21 warnings as expected, exit 0
 * check-output-end
 */
