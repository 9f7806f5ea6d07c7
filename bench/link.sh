#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Time the link step, and measure its memory, over 1x, 2x, 4x and 12x the
# summary files of a defconfig Linux 6.1 tree: 12x is about as many files
# as allmodconfig's 30,000.  Time and peak RSS per input file show
# whether both grow linearly with the input.
#
# The summaries are written once, into build/bench-summaries/1/: either
# those of kernel/, mm/, fs/ and net/ (make C=2 CHECK=klint-sparse
# KLINT_SUMMARY_DIR=...; this checks, and compiles, those directories
# once: long), or with BENCH_LINK_TREE=DIR every NAME.o.klint of DIR, a
# tree already checked with make C=2 CHECK=klint-sparse (copied, with
# links to its NAME.o beside them; quick).  build/bench-summaries/2/ to
# N/ are copies in which every function name and every unit is renamed,
# so that 2x (1 2), 4x (1 2 3 4) and 12x are disjoint call graphs of that
# many times the size, not duplicates.  Each set is linked with
# --no-objects, with -o (the merged database), and with --no-objects on
# one core (taskset -c 0), for $BENCH_ROUNDS rounds; medians of wall
# time, user+sys CPU time and peak RSS are shown, in all and per input
# file.  The 1x set is also linked with its objects (links to kbuild's
# NAME.o, which KLINT_SUMMARY_DIR leaves in the tree); its warnings go to
# build/bench-link-warnings.txt.  The renamed copies take about 12 times
# the first set's size on disk.
#
# Env: KLINT (default ./klint-sparse), KLINT_LINK (default ./klint-link),
# KLINT_CF (klint-sparse's extra flags), KSRC (see scripts/kernel-tree.sh),
# BENCH_ROUNDS (default 3), BENCH_LINK_DIRS (default "kernel/ mm/ fs/
# net/"), BENCH_LINK_TREE (above: KSRC and BENCH_LINK_DIRS are then not
# used), BENCH_LINK_SCALES (default "1 2 4 12": the sets, each a number of
# copies; 1 must be among them).  Not part of the test suite.

root=$(cd "$(dirname "$0")/.." && pwd)
rounds=${BENCH_ROUNDS:-3}
dirs=${BENCH_LINK_DIRS:-kernel/ mm/ fs/ net/}
tree=${BENCH_LINK_TREE:-}
scales=${BENCH_LINK_SCALES:-1 2 4 12}
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

[ -x "$KLINT_LINK" ] || die "no binary $KLINT_LINK"
[ -n "$tree" ] || [ -x "$KLINT" ] || die "no binary $KLINT"
max_scale=0
for x in $scales; do
	case $x in
	''|*[!0-9]*|0) die "BENCH_LINK_SCALES: '$x' is not a number of copies" ;;
	esac
	[ "$x" -gt "$max_scale" ] && max_scale=$x
done
case " $scales " in
*" 1 "*) ;;
*) die "BENCH_LINK_SCALES must have 1: the others are compared with it" ;;
esac
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

if [ -n "$tree" ]; then
	tree=$(cd "$tree" 2>/dev/null && pwd) || die "no tree $BENCH_LINK_TREE"
	KSRC=$tree
else
	kernel_tree || case $? in
		1) skip "$kt_reason" ;;
		*) die "$kt_reason" ;;
		esac
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/klint-bench-link.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP PIPE

# Copies of the binaries: others may rebuild them while this runs.
if ! cp "$KLINT_LINK" "$tmp/klint-link" ||
   { [ -z "$tree" ] && ! cp "$KLINT" "$tmp/klint-sparse"; }; then
	die "cannot copy the binaries"
fi
link=$tmp/klint-link
if [ -n "$tree" ]; then
	stamp="# tree=$tree"
else
	stamp="# KSRC=$KSRC dirs=$dirs"
fi

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

# The summaries of $tree into $cache/1, copied and then renamed.
copy_summaries()
{
	echo "bench-link: copying the summaries of $tree"
	rm -rf "$cache" "$cache.tmp"
	mkdir -p "$cache.tmp/1" || die "cannot create $cache.tmp"
	(cd "$tree" && find . -name '*.klint' -type f | tar -cf - -T -) |
		(cd "$cache.tmp/1" && tar -xf -) || die "copying from $tree failed"
	[ -n "$(find "$cache.tmp/1" -name '*.klint' | head -n 1)" ] ||
		die "no summary file (NAME.o.klint) in $tree"
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
	if [ -n "$tree" ]; then
		copy_summaries
	else
		write_summaries
	fi
fi
if [ -f "$cache/make.failed" ]; then
	echo "bench-link: warning: make C=2 $dirs failed in $KSRC: the set" \
		"is partial; see $cache/make.log (rm -rf $cache to redo it)"
fi
c=2
while [ "$c" -le "$max_scale" ]; do
	# Made after the stamp: new summaries remove them with $cache.
	if [ ! -f "$cache/$c.done" ]; then
		echo "bench-link: writing renamed copy $c"
		write_copy $c
		touch "$cache/$c.done"
	fi
	c=$((c + 1))
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

# The directories of set $1: copies 1 to $1.
set_dirs()
{
	i=1
	while [ "$i" -le "$1" ]; do
		printf '%s ' "$cache/$i"
		i=$((i + 1))
	done
}

# Inputs of each set, and a first untimed run that must read every file.
for x in $scales; do
	# shellcheck disable=SC2046
	set -- $(set_dirs "$x")
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

if [ -n "$tree" ]; then
	echo "bench-link: the summaries of $tree, $rounds rounds; $link"
else
	echo "bench-link: $dirs of $KSRC, $rounds rounds; $link"
fi
round=1
while [ "$round" -le "$rounds" ]; do
	for x in $scales; do
		# shellcheck disable=SC2046
		set -- $(set_dirs "$x")
		run "${x}x.no-objects" "$round" "$link" --no-objects "$@"
		run "${x}x.db" "$round" "$link" --no-objects -o "$tmp/db.$x" "$@"
		if [ -n "$one_core" ]; then
			# shellcheck disable=SC2086
			run "${x}x.one-core" $round $one_core "$link" --no-objects "$@"
		fi
		rm -f "$tmp/db.$x"
	done
	if [ "$nobj" -gt 0 ]; then
		run "1x.objects" "$round" "$link" "$cache/1"
	fi
	round=$((round + 1))
done

echo
printf '%-4s %6s %9s %6s  %-13s %7s %11s %12s %8s %8s %8s\n' set files functions MB \
	run "wall s" "user+sys s" "peak RSS MB" "KB/file" "ms/file" "cpu ms/f"
for x in $scales; do
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
		printf '%-13s %7s %11s %12s ' "$label" "$(median 1 "$f")" \
			"$(median 2 "$f")" \
			"$(awk -v k="$(median 3 "$f")" 'BEGIN { printf "%.1f", k / 1024 }')"
		# The objects run reads the 1x set's files and their objects.
		awk -v k="$(median 3 "$f")" -v w="$(median 1 "$f")" \
		    -v c="$(median 2 "$f")" -v n="$files" 'BEGIN {
			printf "%8.1f %8.2f %8.2f\n", k / n, 1000 * w / n, 1000 * c / n
		}'
	done
done
echo
# Linear: each ratio near 1.  Per file against the 1x set's per file.
for v in no-objects db one-core; do
	[ -f "$tmp/1x.$v" ] || continue
	n1=$(cut -d ' ' -f 1 "$tmp/size.1")
	line="$v:"
	for x in $scales; do
		[ "$x" = 1 ] && continue
		nx=$(cut -d ' ' -f 1 "$tmp/size.$x")
		line="$line $(awk -v n1="$n1" -v nx="$nx" -v x="$x" \
			-v w1="$(median 1 "$tmp/1x.$v")" -v wx="$(median 1 "$tmp/${x}x.$v")" \
			-v c1="$(median 2 "$tmp/1x.$v")" -v cx="$(median 2 "$tmp/${x}x.$v")" \
			-v r1="$(median 3 "$tmp/1x.$v")" -v rx="$(median 3 "$tmp/${x}x.$v")" 'BEGIN {
			f = nx / n1
			printf " %dx: wall %.2f cpu %.2f rss %.2f;", x,
				(w1 > 0 ? wx / w1 / f : 0), (c1 > 0 ? cx / c1 / f : 0),
				(r1 > 0 ? rx / r1 / f : 0)
		}')"
	done
	echo "$line" | sed 's/;$//'
done
echo "(per file at Nx / per file at 1x: linear is 1.00)"
status=
for x in $scales; do
	read -r s w <"$tmp/status.$x"
	status="$status ${x}x: exit $s, $w warnings;"
done
echo "exit status and warnings (--no-objects):${status%;}"
[ -n "$checked" ] && [ "$checked" -gt 0 ] &&
	echo "summaries: $(sed 1q "$tmp/size.1" | cut -d ' ' -f 1) of the $checked files" \
		"kbuild checked"
echo "1x warnings (klint-link, exit $rc): $warnings"
grep ': warning:' "$warnings" | grep -o '\[-W[a-z-]*\]$' | sort | uniq -c
for x in $scales; do
	read -r files fns mb <"$tmp/size.$x"
	rss=$(median 3 "$tmp/${x}x.no-objects")
	if [ $((rss / files)) -ge 64 ]; then
		echo "bench-link: ${x}x: $((rss / files)) KB of peak RSS per input file: 64 or more"
	fi
done
if [ -z "$one_core" ]; then
	echo "bench-link: no taskset: no one-core runs"
fi
