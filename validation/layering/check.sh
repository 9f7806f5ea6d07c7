#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Dependencies between the checker's files go one way (Internals page):
# within each of checker/common, checker/klint-sparse, checker/klint-link,
# the modules (NAME.c with NAME.h) a file needs through its #include lines
# or through the symbols its object takes from another object (nm) form
# no cycle; common/ includes nothing of either program's.
#
#	sh layering/check.sh ROOT OBJDIR
#
# Prints each cycle tsort finds; exit 1 if any.
root=$1
obj=$2
LC_ALL=C
export LC_ALL
status=0
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
[ -d "$obj/common" ] || { echo "no objects in $obj (make first)"; exit 2; }

for dir in common klint-sparse klint-link; do
	src=$root/checker/$dir
	# "user used" pairs from the #include "NAME.h" lines naming our headers
	for f in "$src"/*.c "$src"/*.h; do
		mod=$(basename "$f"); mod=${mod%.*}
		sed -n 's/^#include "\(.*\)\.h"$/\1/p' "$f" | while read -r dep; do
			[ -f "$src/$dep.h" ] && [ "$dep" != "$mod" ] &&
				echo "$mod $dep"
		done
		echo "$mod $mod"
	done >"$tmp/$dir.pairs"
	# ... and from the objects: who defines what another one uses
	for o in "$obj/$dir"/*.o; do
		mod=$(basename "$o" .o)
		nm "$o" | awk -v m="$mod" '$1 ~ /^[TDBR]$/ && NF == 3 { print "D", m, $3 }
			$1 == "U" { print "U", m, $2 }'
	done | awk '$1 == "D" { def[$3] = $2 } $1 == "U" { use[$2 " " $3] = 1 }
		END { for (k in use) { split(k, p, " ");
			if ((p[2] in def) && def[p[2]] != p[1]) print p[1], def[p[2]] } }' \
		>>"$tmp/$dir.pairs"
	# tsort orders "used user": a cycle is a loop in its input
	if ! awk '{ print $2, $1 }' "$tmp/$dir.pairs" |
	     tsort >/dev/null 2>"$tmp/$dir.err"; then
		echo "checker/$dir: a cycle between files:"
		grep -v 'input contains a loop' "$tmp/$dir.err" |
			sed 's/^tsort: /  /'
		status=1
	fi
done

# common/ is below both programs
if grep -l '^#include "' "$root"/checker/common/*.[ch] |
   xargs grep -h '^#include "' | sed 's/^#include "\(.*\)"$/\1/' |
   while read -r h; do [ -f "$root/checker/common/$h" ] || echo "$h"; done |
   grep .; then
	echo "checker/common includes headers of a program (above)"
	status=1
fi
exit $status
