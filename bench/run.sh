#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Time klint-sparse against plain sparse on the same kernel files:
# kernel/sched/*.c and mm/*.c of a defconfig Linux 6.1 tree.
#
# kbuild's per-file checker command lines are recorded once, into
# build/bench-cmds.txt (make C=2 CHECK=<a recorder>; this compiles those
# directories once), then replayed for each checker, one file after the
# other, in alternating order for $BENCH_ROUNDS rounds; medians are shown.
# The final ratio is of user+sys CPU time (the wall-time ratio is above it).
#
# Env: KLINT (default ./klint-sparse), SPARSE (default: sparse in PATH,
# Debian's 0.6.4-3), KLINT_CF (klint-sparse's extra flags), KSRC (see
# scripts/kernel-tree.sh), BENCH_ROUNDS (default 3), BENCH_DIRS (default
# "kernel/sched/ mm/").  Not part of the test suite.

root=$(cd "$(dirname "$0")/.." && pwd)
rounds=${BENCH_ROUNDS:-3}
dirs=${BENCH_DIRS:-kernel/sched/ mm/}
cmds=$root/build/bench-cmds.txt
KLINT=${KLINT:-$root/klint-sparse}
KLINT_CF=${KLINT_CF:-}
LC_ALL=C
export LC_ALL

bench_name=bench

. "$root/bench/lib.sh"
. "$root/scripts/kernel-tree.sh"

[ -x "$KLINT" ] || die "no binary $KLINT"
if [ -z "${SPARSE:-}" ]; then
	SPARSE=$(command -v sparse) ||
	if kt_can_apt; then
		kt_log=/dev/null kt_apt_install sparse || die "cannot install sparse"
		SPARSE=$(command -v sparse)
	else
		skip "plain sparse is not installed (apt-get install sparse)"
	fi
fi
[ -x "$SPARSE" ] || die "no binary $SPARSE"
gtime=/usr/bin/time
if ! "$gtime" -f %M true >/dev/null 2>&1; then
	gtime=
	if kt_can_apt; then
		kt_log=/dev/null kt_apt_install time && gtime=/usr/bin/time
	fi
	[ -n "$gtime" ] || echo "bench: no GNU time (package time): no peak RSS"
fi

kernel_tree || case $? in
	1) skip "$kt_reason" ;;
	*) die "$kt_reason" ;;
	esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/klint-bench.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP PIPE

# Record each checker command kbuild runs: one file per call, as
# "cwd<TAB>'arg' 'arg' ...", then sorted into $cmds.
record_cmds()
{
	mkdir "$tmp/rec"
	cat >"$tmp/record.sh" <<-'EOF'
	#!/bin/sh
	line=
	for a; do
		case $a in
		*\'*) a=$(printf '%s\n' "$a" | sed "s/'/'\\\\''/g") ;;
		esac
		line="$line '$a'"
	done
	printf '%s\t%s\n' "$PWD" "${line# }" >"$BENCH_REC/$$"
	EOF
	chmod +x "$tmp/record.sh"
	echo "bench: recording the checker commands for $dirs (compiles them once)"
	# shellcheck disable=SC2086
	BENCH_REC=$tmp/rec make -C "$KSRC" -j"$(kt_ncpu)" C=2 \
		CHECK="$tmp/record.sh" $dirs >"$tmp/record.log" 2>&1 || {
		tail -n 20 "$tmp/record.log"
		die "make C=2 $dirs failed in $KSRC"
	}
	{
		echo "# KSRC=$KSRC dirs=$dirs"
		cat "$tmp"/rec/* | awk '{ print $NF "\t" $0 }' | sort |
			cut -f 2-
	} >"$cmds.tmp" && mv "$cmds.tmp" "$cmds"
}

if [ "$(head -n 1 "$cmds" 2>/dev/null)" != "# KSRC=$KSRC dirs=$dirs" ]; then
	record_cmds
fi
nfiles=$(grep -vc '^#' "$cmds")
[ "$nfiles" -gt 0 ] || die "no commands recorded in $cmds"

# A script that runs every recorded command with $1 and its flags $2,
# diagnostics to $3, and counts the commands that failed into $4.
awk -F '\t' -v q="'" '
	BEGIN { print "bad=0" }
	/^#/ { next }
	{
		printf "cd %s%s%s && \"$1\" $2 %s", q, $1, q, $2
		print " 2>>\"$3\" >/dev/null || bad=$((bad + 1))"
	}
	END { print "echo $bad >\"$4\"" }' "$cmds" >"$tmp/replay.sh"

# pass TOOL FLAGS NAME ROUND: one timed pass; appends "wall cpu rss" to
# $tmp/NAME.times
pass()
{
	: >"$tmp/$3.err"
	if [ -n "$gtime" ]; then
		"$gtime" -f '%e %U %S %M' -o "$tmp/t" \
			sh "$tmp/replay.sh" "$1" "$2" "$tmp/$3.err" "$tmp/$3.bad"
		awk '{ printf "%.2f %.2f %d\n", $1, $2 + $3, $4 }' "$tmp/t" \
			>>"$tmp/$3.times"
	else
		t0=$(date +%s.%N)
		sh -c '. "$0"; times' "$tmp/replay.sh" "$1" "$2" \
			"$tmp/$3.err" "$tmp/$3.bad" >"$tmp/t"
		t1=$(date +%s.%N)
		# second line of times: children's user and system time
		awk -v w="$(echo "$t1 - $t0" | bc)" 'NR == 2 {
			split($1, u, /[ms]/); split($2, s, /[ms]/)
			printf "%.2f %.2f 0\n", w, u[1] * 60 + u[2] + s[1] * 60 + s[2]
		}' "$tmp/t" >>"$tmp/$3.times"
	fi
	printf '  round %d %-13s %s\n' "$4" "$3" "$(tail -n 1 "$tmp/$3.times")"
}

echo "bench: $nfiles files ($dirs) in $KSRC, $rounds rounds"
echo "  sparse:       $SPARSE"
echo "  klint-sparse: $KLINT $KLINT_CF"
i=1
while [ $i -le "$rounds" ]; do
	if [ $((i % 2)) -eq 1 ]; then
		pass "$SPARSE" "" sparse $i
		pass "$KLINT" "$KLINT_CF" klint-sparse $i
	else
		pass "$KLINT" "$KLINT_CF" klint-sparse $i
		pass "$SPARSE" "" sparse $i
	fi
	i=$((i + 1))
done

echo
printf '%-13s %8s %10s %13s %8s %12s\n' "" "wall s" "user+sys s" \
	"peak RSS MB" "failed" "diagnostics"
for t in sparse klint-sparse; do
	rss=$(median 3 "$tmp/$t.times")
	if [ "$rss" -gt 0 ]; then
		rss=$(awk -v k="$rss" 'BEGIN { printf "%.1f", k / 1024 }')
	else
		rss=n/a
	fi
	printf '%-13s %8s %10s %13s %8s %12s\n' "$t" \
		"$(median 1 "$tmp/$t.times")" "$(median 2 "$tmp/$t.times")" \
		"$rss" "$(cat "$tmp/$t.bad")/$nfiles" \
		"$(grep -Ec ': (warning|error):' "$tmp/$t.err")"
done
for t in sparse klint-sparse; do
	if [ "$(cat "$tmp/$t.bad")" != 0 ]; then
		echo "bench: warning: $t failed on some files; its errors:"
		grep -m 3 ': error:' "$tmp/$t.err"
	fi
done
ws=$(median 1 "$tmp/sparse.times")
wk=$(median 1 "$tmp/klint-sparse.times")
cs=$(median 2 "$tmp/sparse.times")
ck=$(median 2 "$tmp/klint-sparse.times")
# The last line compares CPU time, which other load on the machine
# disturbs less than wall time.
awk -v a="$wk" -v b="$ws" \
	'BEGIN { printf "wall-time ratio: %.2f\n", (b > 0 ? a / b : 0) }'
awk -v a="$ck" -v b="$cs" \
	'BEGIN { printf "ratio klint-sparse/sparse: %.2f\n", (b > 0 ? a / b : 0) }'
