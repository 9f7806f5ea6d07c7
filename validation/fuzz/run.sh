#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# `make fuzz`: seeds the corpus from the validation tests, runs the
# summary-fuzz target for a while and sums up.
#
#	sh validation/fuzz/run.sh FUZZER KLINT-SPARSE KLINT-LINK DIR SECONDS
#
# DIR (build/fuzz) holds the corpus, which grows from run to run, the log
# and the artifacts libFuzzer writes (crash-*, leak-*, timeout-*, oom-*).
# Exit status 1 when this run produced an artifact.
# Env: FUZZ_FLAGS	more libFuzzer options, e.g. -jobs=4 -workers=4
#      FUZZ_VERBOSE=1	let the target print the reader's errors
set -u
fuzzer=$1
ks=$2
kl=$3
dir=$4
secs=$5
vdir=$(cd "$(dirname "$0")/.." && pwd)
# Run from validation/ below: the binaries' names must not be relative.
case $ks in /*) ;; *) ks=$(pwd)/$ks ;; esac
case $kl in /*) ;; *) kl=$(pwd)/$kl ;; esac
corpus=$dir/corpus
seeds=$dir/seeds
log=$dir/fuzz.log

mkdir -p "$corpus" || exit 2
rm -rf "$seeds" && mkdir -p "$seeds/all" "$seeds/link" || exit 2

# What klint-sparse writes for the tests, and what klint-link makes of it.
# Tests of bad input fail here: their summaries are simply missing.
# Paths relative to validation/ keep the seeds short.
case $seeds in /*) ;; *) seeds=$(pwd)/$seeds ;; esac
for f in $(cd "$vdir" && find * -name '*.c' -type f ! -path '*/fuzz/*' | sort); do
	name=$(echo "$f" | tr / -)
	(cd "$vdir" && "$ks" --summary="$seeds/all/${name%.c}.o.klint" "$f") \
		>/dev/null 2>&1
	case $f in
	link/*|summary/*|summary-file/*)
		cp "$seeds/all/${name%.c}.o.klint" "$seeds/link/" 2>/dev/null ;;
	esac
done
"$kl" --no-objects -o "$seeds/db-all.klint" "$seeds/all" >/dev/null 2>&1
"$kl" --no-objects -o "$seeds/db-link.klint" "$seeds/link" >/dev/null 2>&1

# By hand: what the tests do not write.  Limits of ranges and bit sets,
# every kind of record, a database of two units, and near misses.
printf '%s\n' 'klint-summary 1' 'unit a.c' \
	'fn f global a.c:1:1 exported' \
	'	adj 1099511627776 -1099511627776 .. none 0x10 clamped' \
	'		origin preempt spinlock' \
	'			at a.c:2:3 spin_lock() acquires a spinlock here' \
	'	adj-neg 1.. ..-1 0..2 0 0' '	adj-zero 0 0 0 0 0' '	adj-pos 0 0 0 0 0' \
	'	expect 0 ..5 0.. 0.. 0 nofault-ok' '		at a.c:3:1 f() calls g()' \
	'	assume 1.. 0.. 0.. 0.. 0..' '		origin irq irq' '			at b.c:1:1 x' \
	'	call 63 global g a.c:4:5 local reported' \
	'		case 0 0 0 0 0 must 0x8000000000000000 may 0xffffffffffffffff' \
	'			origin hardirq hardirq' '				at a.c:4:5 deep' \
	'	call -1 static h a.c:5:5 local' \
	'	check msleep() a.c:6:5' '		expect 0 0 0 0 0..' \
	'		case 1 0 0 0 0 must 0 may 0x1' \
	'	ret nzp 0 0 0 0 0 must 0x1 may 0x1' '	ret n 1.. 0 0 0 0 must 0 may 0' \
	'fn h static a.c:9:1' '	adj 0 0 0 0 0' '	expect 0.. 0.. 0.. 0.. 0..' \
	'field ops probe f global a.c:10:1' \
	'warn atomic-sleep f a:b.c:1:2 msleep() may sleep while   a spinlock is held ' \
	'	chain' '		at a.c:1:1 first' '	chain' '		at a.c:2:2 second' \
	'warn annotation-mismatch - a.c:1:1 x' 'end' >"$seeds/hand-all.klint"
printf '%s\n' 'klint-db 1' 'unit a.c' 'fn f global a.c:1:1' \
	'	adj 1 0 0 0 0' '		origin preempt preempt' '			at a.c:1:1 p' \
	'	expect 0 0 0 0 0..' 'unit b.c' 'fn f global b.c:1:1 exported' \
	'	adj 0 0 0 0 0' 'fn g static b.c:2:1' '	adj 0..1 0 0 0 0' \
	'warn unbalanced-return g b.c:2:1 g() returns' 'end' >"$seeds/hand-db.klint"
printf 'klint-summary 1\nunit a.c\nfn f global a.c:1:1\n\t\t\tat a.c:1:1 too deep\nend\n' \
	>"$seeds/hand-nesting.klint"
printf 'klint-summary 1\nunit a.c\nfn f global a.c:1:1\n\tadj 0 0 0 0 0\n\t\tat \0binary\nend\n' \
	>"$seeds/hand-nul.klint"
printf 'klint-summary 1\nunit a.c\nfn f global a.c:1:1\n\tadj 99999999999999999999 0 0 0 0\nend\n' \
	>"$seeds/hand-overflow.klint"
printf 'klint-summary 1\nunit a.c\nend' >"$seeds/hand-truncated.klint"
# What the fuzzer found once: a bare "ret", more tabs than levels.
printf 'klint-summary 1\nunit a.c\nfn n global a.c:1:1\n\tret\nend\n' \
	>"$seeds/hand-bare-ret.klint"
printf 'klint-summary 1\nunit a.c\nfn f global a.c:1:1\n\t\t\t\t\t\t\t\tadj\nend\n' \
	>"$seeds/hand-tabs.klint"

n=0
for f in "$seeds"/*.klint "$seeds"/all/*.klint; do
	[ -f "$f" ] || continue
	cp "$f" "$corpus/seed-$(basename "$f")" && n=$((n + 1))
done
echo "  FUZZ    $n seeds, $(ls "$corpus" | wc -l) inputs in $corpus, ${secs}s"

# Artifacts already there are an earlier run's findings: not counted again.
artifacts()
{
	ls "$dir" | grep -E '^(crash|leak|timeout|oom|slow-unit)-' | sort
}
artifacts >"$dir/artifacts.before"
# The reader prints an error per rejected input: the target silences it.
# A slow input is a finding too (-timeout).
( "$fuzzer" -max_len=65536 -max_total_time="$secs" -timeout=10 \
	-dict="$vdir/fuzz/summary.dict" -artifact_prefix="$dir/" \
	-print_final_stats=1 ${FUZZ_FLAGS:-} "$corpus" 2>&1
  echo $? >"$dir/rc" ) | tee "$log" |
	sed -e '/^###### Recommended dictionary/,/^###### End of recommended/d' \
	    -e '/^#[0-9][0-9]*[[:space:]][[:space:]]*\(NEW\|REDUCE\) /d'
rc=$(cat "$dir/rc")
rm -f "$dir/rc"
artifacts | comm -13 "$dir/artifacts.before" - >"$dir/artifacts.new"
found=$(wc -l <"$dir/artifacts.new")
rm -f "$dir/artifacts.before"

stat()
{
	sed -n "s/^stat::$1:[[:space:]]*//p" "$log" | tail -1
}
execs=$(stat number_of_executed_units)
rate=$(stat average_exec_per_sec)
cov=$(grep -E '^#[0-9]+' "$log" | grep -o 'cov: [0-9]* ft: [0-9]*' | tail -1)
echo "fuzz: ${execs:-?} executions (${rate:-?}/s) in ${secs}s, ${cov:-cov: ?}," \
	"$found finding(s)"
sed "s|^|  $dir/|" "$dir/artifacts.new"
rm -f "$dir/artifacts.new"
[ "$found" -eq 0 ] || exit 1
# No artifact but a failure: libFuzzer could not run at all.
[ -n "$execs" ] || { echo "fuzz: $fuzzer failed (exit $rc), see $log"; exit 1; }
exit 0
