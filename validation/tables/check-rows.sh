#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Checks every row of one annotation table: generates a C function per row
# (rows.awk), runs klint-sparse on it with the row's table, and compares
# its warnings with what the row's documented meaning calls for.
#	sh tables/check-rows.sh KLINT TABLE
set -u
klint=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
table=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dir=$(dirname "$0")
name=$(basename "$table" .tbl)

awk -v expect="$tmp/expect" -v helpers="$tmp/helpers.tbl" \
	-f "$dir/rows.awk" "$table" > "$tmp/$name.c"
touch "$tmp/expect"
# The helpers are rows too; the table's own directives come with it.
grep -h '^@' "$(dirname "$table")"/*.tbl >> "$tmp/helpers.tbl"
sort -u "$tmp/helpers.tbl" -o "$tmp/helpers.tbl"
mkdir -p "$tmp/none"
(cd "$tmp" && "$klint" --annotations="$tmp/none" --annotations-file="$table" \
	--annotations-file="$tmp/helpers.tbl" -Wno-unbalanced-return "$name.c") \
	> /dev/null 2> "$tmp/out"
status=$?
sed -n "s/^$name\\.c:\\([0-9]*\\):[0-9]*: warning: \\(.*\\) \\[-W[a-z-]*\\]\$/\\1: \\2/p" \
	"$tmp/out" > "$tmp/actual"
if grep -v "^$name\\.c:[0-9]*:[0-9]*: \\(warning\\|note\\)" "$tmp/out" > "$tmp/other"; then
	echo "unexpected output:"
	cat "$tmp/other"
fi
if ! diff "$tmp/expect" "$tmp/actual" > "$tmp/diff"; then
	echo "$name.tbl: rows applied wrongly (- expected, + reported):"
	sed -n 's/^< /- /p; s/^> /+ /p' "$tmp/diff"
	exit 1
fi
rows=$(grep -c '^void \(row\|field_call\)_' "$tmp/$name.c")
echo "$name.tbl: $rows rows checked, $(wc -l < "$tmp/expect") warnings as expected, exit $status"
