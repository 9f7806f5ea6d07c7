/*
 * check-name: every row of annotations/rcu.tbl is applied as documented
 * check-command: sh tables/check-rows.sh klint-sparse ../annotations/rcu.tbl
 *
 * check-output-start
rcu.tbl: 17 rows checked, 5 warnings as expected, exit 0
 * check-output-end
 */
