#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Time the link step: klint-link over every summary file of kernel/, mm/,
# fs/ and net/ of a defconfig Linux 6.1 tree, and over 2x and 4x inputs.
#
# The summaries are written once, into build/bench-summaries/1/ (make C=2
# CHECK=klint-sparse KLINT_SUMMARY_DIR=...; this checks, and compiles,
# those directories once: long).  build/bench-summaries/2/, 3/ and 4/ are
# copies in which every function name and every unit is renamed, so that
# 2x (1 2) and 4x (1 2 3 4) are disjoint call graphs of 2 and 4 times the
# size, not duplicates.  Each set is linked with --no-objects, with -o
# (the merged database), and with --no-objects on one core (taskset -c 0),
# for $BENCH_ROUNDS rounds; medians of wall time, user+sys CPU time and
# peak RSS are shown.  The 1x set is also linked with its objects (links
# to kbuild's NAME.o, which KLINT_SUMMARY_DIR leaves in the tree); its
# warnings go to build/bench-link-warnings.txt.
#
# Env: KLINT (default ./klint-sparse), KLINT_LINK (default ./klint-link),
# KLINT_CF (klint-sparse's extra flags), KSRC (see scripts/kernel-tree.sh),
# BENCH_ROUNDS (default 3), BENCH_LINK_DIRS (default "kernel/ mm/ fs/
# net/").  Not part of the test suite.

root=$(cd "$(dirname "$0")/.." && pwd)
rounds=${BENCH_ROUNDS:-3}
dirs=${BENCH_LINK_DIRS:-kernel/ mm/ fs/ net/}
cache=$root/build/bench-summaries
warnings=$root/build/bench-link-warnings.txt
KLINT=${KLINT:-$root/klint-sparse}
KLINT_LINK=${KLINT_LINK:-$root/klint-link}
KLINT_CF=${KLINT_CF:-}
LC_ALL=C
export LC_ALL

bench_name=bench-link

. "$root/bench/lib.sh"
. "$root/scripts/kernel-tree.sh"

[ -x "$KLINT" ] || die "no binary $KLINT"
[ -x "$KLINT_LINK" ] || die "no binary $KLINT_LINK"
gtime=/usr/bin/time
if ! "$gtime" -f %M true >/dev/null 2>&1; then
	gtime=
	if kt_can_apt; then
		kt_log=/dev/null kt_apt_install time && gtime=/usr/bin/time
	fi
	[ -n "$gtime" ] || skip "no GNU time (apt-get install time)"
fi
one_core=
if command -v taskset >/dev/null 2>&1 && taskset -c 0 true 2>/dev/null; then
	one_core="taskset -c 0"
fi

kernel_tree || case $? in
	1) skip "$kt_reason" ;;
	*) die "$kt_reason" ;;
	esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/klint-bench-link.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP PIPE

# Copies of the binaries: others may rebuild them while this runs.
if ! cp "$KLINT" "$tmp/klint-sparse" || ! cp "$KLINT_LINK" "$tmp/klint-link"; then
	die "cannot copy the binaries"
fi
link=$tmp/klint-link
stamp="# KSRC=$KSRC dirs=$dirs"

# The summaries of $dirs into $cache/1, written beside and then renamed.
write_summaries()
{
	echo "bench-link: writing the summaries of $dirs (make C=2, once; long)"
	rm -rf "$cache" "$cache.tmp"
	mkdir -p "$cache.tmp/all" "$cache.tmp/1" || die "cannot create $cache.tmp"
	# The tables are found next to the real binary, not next to the copy.
	# shellcheck disable=SC2086
	make -C "$KSRC" -k -j"$(kt_ncpu)" C=2 CHECK="$tmp/klint-sparse" \
		CF="--annotations=$root/annotations $KLINT_CF" \
		KLINT_SUMMARY_DIR="$cache.tmp/all" $dirs \
		>"$cache.tmp/make.log" 2>&1 || {
		grep -E '\*\*\*|rror' "$cache.tmp/make.log" | head -n 10
		touch "$cache.tmp/make.failed"
	}
	# Only $dirs: kbuild also checks scripts/mod/empty.c.
	for d in $dirs; do
		d=${d%/}
		[ -d "$cache.tmp/all/$d" ] || continue
		mkdir -p "$cache.tmp/1/$(dirname "$d")" || die "mkdir failed"
		mv "$cache.tmp/all/$d" "$cache.tmp/1/$d" || die "mv failed"
	done
	rm -rf "$cache.tmp/all"
	[ -n "$(find "$cache.tmp/1" -name '*.klint' | head -n 1)" ] ||
		die "make C=2 $dirs wrote no summary; see $cache.tmp/make.log"
	echo "$stamp" >"$cache.tmp/stamp"
	mv "$cache.tmp" "$cache" || die "cannot rename $cache.tmp"
}

# Copy $1 of $cache/1, with names and units renamed: NAME becomes NAME__c$1
# in "fn", "call", "field" and "warn" records, unit PATH becomes c$1/PATH.
# Fields are split at single spaces and joined again: nothing else moves.
write_copy()
{
	rm -rf "${cache:?}/$1" "${cache:?}/$1.tmp"
	(cd "$cache/1" && find . -type d) | (cd "$cache" &&
		sed "s|^|$1.tmp/|" | xargs mkdir -p) || die "mkdir failed"
	# shellcheck disable=SC2016
	(cd "$cache/1" && find . -name '*.klint' -type f -exec \
		awk -v s="__c$1" -v p="c$1/" -v dst="../$1.tmp" '
		# suffix field k; with m, before the last "." of it: the
		# struct type of "TYPE@FILE.MEMBER", a call through a field
		function bump(k, m,	a, n, i, r) {
			n = split($0, a, / /)
			i = m ? match(a[k], /\.[^.]*$/) : 0
			a[k] = i ? substr(a[k], 1, i - 1) s substr(a[k], i) : a[k] s
			r = a[1]
			for (i = 2; i <= n; i++)
				r = r " " a[i]
			$0 = r
		}
		FNR == 1 {
			if (out)
				close(out)
			out = dst "/" FILENAME
		}
		/^fn / { bump(2) }
		/^\tcall / { bump(4, $0 ~ / field( |$)/) }
		/^field / { bump(2); bump(4) }
		/^register / { bump(2) }
		/^warn [^ ]+ [^-]/ { bump(3) }
		/^unit / { $0 = "unit " p substr($0, 6) }
		{ print > out }' {} +) || die "copy $1 failed"
	mv "$cache/$1.tmp" "$cache/$1"
}

if [ "$(cat "$cache/stamp" 2>/dev/null)" != "$stamp" ]; then
	write_summaries
fi
if [ -f "$cache/make.failed" ]; then
	echo "bench-link: warning: make C=2 $dirs failed in $KSRC: the set" \
		"is partial; see $cache/make.log (rm -rf $cache to redo it)"
fi
for c in 2 3 4; do
	# Made after the stamp: new summaries remove them with $cache.
	[ -f "$cache/$c.done" ] && continue
	echo "bench-link: writing renamed copy $c"
	write_copy $c
	touch "$cache/$c.done"
done

# kbuild's objects, linked in beside the 1x summaries.
nobj=0
for s in $(cd "$cache/1" && find . -name '*.o.klint'); do
	o=${s%.klint}
	if [ -f "$KSRC/$o" ]; then
		ln -sf "$KSRC/$o" "$cache/1/$o" && nobj=$((nobj + 1))
	fi
done

checked=$(sed -n 's/^  CHECK   //p' "$cache/make.log" 2>/dev/null |
	grep -cE "^($(printf '%s\n' "$dirs" | sed 's/  */|/g'))")

set_dirs()
{
	case $1 in
	1) echo "$cache/1" ;;
	2) echo "$cache/1 $cache/2" ;;
	4) echo "$cache/1 $cache/2 $cache/3 $cache/4" ;;
	esac
}

# Inputs of each set, and a first untimed run that must read every file.
for x in 1 2 4; do
	# shellcheck disable=SC2046
	set -- $(set_dirs $x)
	find "$@" -name '*.klint' -type f >"$tmp/files.$x"
	files=$(wc -l <"$tmp/files.$x")
	fns=$(xargs cat <"$tmp/files.$x" | grep -c '^fn ')
	mb=$(xargs cat <"$tmp/files.$x" | wc -c)
	echo "$files $fns $((mb / 1048576))" >"$tmp/size.$x"
	[ "$files" -gt 0 ] || die "no summary files in $*"
	rc=0
	"$link" --no-objects "$@" 2>"$tmp/check.$x" || rc=$?
	if grep -q ': error:' "$tmp/check.$x"; then
		grep -m 5 ': error:' "$tmp/check.$x"
		die "${x}x: klint-link could not read its inputs" \
			"(stale summaries? rm -rf $cache)"
	fi
	echo "$rc $(grep -c ': warning:' "$tmp/check.$x")" >"$tmp/status.$x"
done

# The warnings of the real set, as klint-link prints them by default.
rc=0
"$link" "$cache/1" 2>"$warnings" || rc=$?

# run NAME ROUND CMD...: one timed run; appends "wall cpu rss" to $tmp/NAME
run()
{
	name=$1 round=$2
	shift 2
	"$gtime" -f '%e %U %S %M' -o "$tmp/t" "$@" >/dev/null 2>&1
	awk '{ printf "%.2f %.2f %d\n", $1, $2 + $3, $4 }' "$tmp/t" >>"$tmp/$name"
	printf '  round %d %-22s %s\n' "$round" "$name" "$(tail -n 1 "$tmp/$name")"
}

echo "bench-link: $dirs of $KSRC, $rounds rounds; $link"
i=1
while [ "$i" -le "$rounds" ]; do
	for x in 1 2 4; do
		# shellcheck disable=SC2046
		set -- $(set_dirs $x)
		run "${x}x.no-objects" $i "$link" --no-objects "$@"
		run "${x}x.db" $i "$link" --no-objects -o "$tmp/db.$x" "$@"
		if [ -n "$one_core" ]; then
			# shellcheck disable=SC2086
			run "${x}x.one-core" $i $one_core "$link" --no-objects "$@"
		fi
	done
	if [ "$nobj" -gt 0 ]; then
		run "1x.objects" $i "$link" "$cache/1"
	fi
	i=$((i + 1))
done

echo
printf '%-4s %6s %9s %6s  %-13s %7s %11s %12s\n' set files functions MB \
	run "wall s" "user+sys s" "peak RSS MB"
for x in 1 2 4; do
	read -r files fns mb <"$tmp/size.$x"
	first=1
	for v in no-objects db one-core objects; do
		f=$tmp/${x}x.$v
		[ -f "$f" ] || continue
		case $v in
		db) label="-o db" ;;
		one-core) label="taskset -c 0" ;;
		objects) label="with $nobj .o" ;;
		*) label=$v ;;
		esac
		if [ $first = 1 ]; then
			printf '%-4s %6s %9s %6s  ' "${x}x" "$files" "$fns" "$mb"
		else
			printf '%-4s %6s %9s %6s  ' "" "" "" ""
		fi
		first=0
		printf '%-13s %7s %11s %12s\n' "$label" "$(median 1 "$f")" \
			"$(median 2 "$f")" \
			"$(awk -v k="$(median 3 "$f")" 'BEGIN { printf "%.1f", k / 1024 }')"
	done
done
echo
for v in no-objects db one-core; do
	[ -f "$tmp/1x.$v" ] || continue
	for c in 1 2; do
		a=$(median $c "$tmp/1x.$v")
		b=$(median $c "$tmp/2x.$v")
		d=$(median $c "$tmp/4x.$v")
		[ $c = 1 ] && what=wall || what=cpu
		awk -v v="$v" -v w="$what" -v a="$a" -v b="$b" -v d="$d" 'BEGIN {
			printf "%-10s %-4s time(2x)/time(1x) %.2f  time(4x)/time(1x) %.2f\n",
				v, w, (a > 0 ? b / a : 0), (a > 0 ? d / a : 0)
		}'
	done
done
read -r s1 w1 <"$tmp/status.1"
read -r s2 w2 <"$tmp/status.2"
read -r s4 w4 <"$tmp/status.4"
echo "exit status 1x/2x/4x: $s1/$s2/$s4; warnings: $w1/$w2/$w4"
[ -n "$checked" ] && [ "$checked" -gt 0 ] &&
	echo "summaries: $(sed 1q "$tmp/size.1" | cut -d ' ' -f 1) of the $checked files" \
		"kbuild checked"
echo "1x warnings (klint-link, exit $rc): $warnings"
grep ': warning:' "$warnings" | grep -o '\[-W[a-z-]*\]$' | sort | uniq -c
if [ -z "$one_core" ]; then
	echo "bench-link: no taskset: no one-core runs"
fi
