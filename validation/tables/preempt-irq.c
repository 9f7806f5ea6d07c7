/*
 * check-name: every row of annotations/preempt-irq.tbl is applied as documented
 * check-command: sh tables/check-rows.sh klint-sparse ../annotations/preempt-irq.tbl
 *
 * check-output-start
preempt-irq.tbl: 27 rows checked, 11 warnings as expected, exit 0
 * check-output-end
 */
