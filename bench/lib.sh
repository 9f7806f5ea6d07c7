# SPDX-License-Identifier: GPL-2.0
# Shared by the bench scripts; sourced, not run.

# median COLUMN FILE: the median of a column of numbers
median()
{
	cut -d ' ' -f "$1" "$2" | sort -n |
		awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
