/*
 * check-name: scripts/check-table-sources.py checks each row's cited lines in both trees
 * check-description: drifted cites old_alloc() at a line 6.1 has it on and 6.12 (the
 *	same, as the comment gives none) moved down;
 *	moved cites a file 6.12 does not have; bad_cite and no_comment cite
 *	nothing.  The rest are right.
 * check-command: python3 ../scripts/check-table-sources.py --v6.1=tables/inputs/src61 --v6.12=tables/inputs/src612 tables/inputs/sources.tbl
 * check-exit-value: 1
 *
 * check-output-start
tables/inputs/sources.tbl:6: drifted: 6.12 mm/a.c:1 names neither it nor old_alloc: 
tables/inputs/sources.tbl:7: moved: 6.12 has no mm/b.c
tables/inputs/sources.tbl:8: bad_cite: no FILE:LINE at the start of the comment
tables/inputs/sources.tbl:9: no_comment: no source comment
8 rows, 10 cited lines checked in 6.1 and 6.12, 4 problems
 * check-output-end
 */
