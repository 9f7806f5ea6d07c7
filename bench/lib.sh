# SPDX-License-Identifier: GPL-2.0
# Shared by the bench scripts; sourced, not run, after setting bench_name.

skip()
{
	echo "$bench_name: skipped: $*"
	exit 0
}

die()
{
	echo "$bench_name: $*" >&2
	exit 1
}

# median COLUMN FILE: the median of a column of numbers
median()
{
	cut -d ' ' -f "$1" "$2" | sort -n |
		awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
