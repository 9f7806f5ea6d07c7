#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Run the tests in validation/ (sparse's test format) with klint-sparse and
# again with its ASan+UBSan build, then the kernel-tree test.
#
#	sh validation/run-tests.sh [TEST.c | DIR | kernel-tree] ...
#
# With no argument: every validation/**/*.c, then kernel-tree.sh.
# Tags, in a comment of the test, each line starting with " * ":
#	check-name: NAME	required; a .c file without it is not a test
#	check-command: CMD	default "klint-sparse $file"; run by sh in
#				validation/; the words klint-sparse and
#				klint-link name the binaries under test,
#				$file the test's path relative to validation/
#	check-exit-value: N	default 0
#	check-known-to-fail	a failure counts as known; a pass as failed
#	check-description: / check-note:	free text
#	check-output-start / check-output-end	exact stdout (default empty)
#	check-error-start / check-error-end	exact stderr (default empty)
# Files under a directory named inputs/ are the other files of a test
# across files, not tests; those under fuzz/ are `make fuzz`'s, those
# under kmod/ the kernel-tree test's module.
# Env: KLINT		binary under test (default ./klint-sparse); klint-link
#			is taken from the same directory
#      KLINT_ASAN	sanitizer build, run too (default
#			build/asan/klint-sparse if KLINT is unset; "" = none)
#      KLINT_TIMEOUT	seconds per command (default 120)
#      KLINT_SKIP_KERNEL=1	do not run the kernel-tree test
#      CI		when set, a skipped kernel-tree test fails the run: CI
#			must not pass on tests that did not run
#      V=1		name every test as it passes

vdir=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$vdir")
LC_ALL=C
export LC_ALL

abspath()
{
	case $1 in
	/*) echo "$1" ;;
	*/*) echo "$(pwd)/$1" ;;
	*) command -v "$1" || echo "$1" ;;
	esac
}

if [ -n "${KLINT+set}" ]; then
	KLINT=$(abspath "$KLINT")
	asan=$(abspath "${KLINT_ASAN:-}")
else
	KLINT=$root/klint-sparse
	asan=${KLINT_ASAN-$root/build/asan/klint-sparse}
	asan=$(abspath "$asan")
fi
[ -n "$asan" ] && [ ! -x "$asan" ] && asan=
link=$(dirname "$KLINT")/klint-link
asan_link=
[ -n "$asan" ] && asan_link=$(dirname "$asan")/klint-link
[ -n "$asan_link" ] && [ ! -x "$asan_link" ] && asan_link=
timeout=${KLINT_TIMEOUT:-120}
command -v timeout >/dev/null 2>&1 || timeout=

passed=0
failed=0
skipped=0
known=0

skip_why=

summary()
{
	[ $known -ne 0 ] && echo "$known known to fail"
	if [ $skipped -ne 0 ]; then
		# Last, where it is read: a skip is not a pass.
		echo "$passed passed, $failed failed, $skipped skipped ($skip_why)"
	else
		echo "$passed passed, $failed failed"
	fi
	[ $failed -eq 0 ]
	exit
}

if [ ! -x "$KLINT" ]; then
	echo "run-tests: no binary $KLINT (make it first)"
	failed=1
	summary
fi
case $KLINT$asan in
*\'*) echo "run-tests: a quote in $KLINT $asan"; failed=1; summary ;;
esac
if [ -n "$asan" ] && [ -n "$(find "$KLINT" -newer "$asan")" ]; then
	echo "run-tests: warning: $asan is older than $KLINT"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/klint-tests.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP PIPE

# parse FILE: split a test into $tmp/{name,cmd,exit,known,bad,exp.*}
parse()
{
	rm -f "$tmp"/name "$tmp"/cmd "$tmp"/exit "$tmp"/known \
		"$tmp"/bad "$tmp"/exp.*
	: >"$tmp/exp.output"
	: >"$tmp/exp.error"
	case $1 in
	/*) awk -v d="$tmp" -f "$vdir/parse-test.awk" "$1" ;;
	*) (cd "$vdir" && awk -v d="$tmp" -f parse-test.awk "$1") ;;
	esac
}

# expand CMD BIN LINK: CMD with each word "klint-sparse" replaced by BIN,
# "klint-link" by LINK
expand()
{
	printf '%s\n' "$1" | awk -v bin="'$2'" -v link="'${3:-klint-link}'" '{
		out = ""; s = $0
		while (s != "") {
			if (match(s, /^[ \t]+/) || match(s, /^[^ \t]+/)) {
				w = substr(s, 1, RLENGTH)
				s = substr(s, RLENGTH + 1)
				out = out (w == "klint-sparse" ? bin : w == "klint-link" ? link : w)
			}
		}
		print out
	}'
}

# check TEST CMD VARIANT: run CMD; 0 if it does as expected, else 1 (2 if a
# sanitizer reported an error) with the reasons in $tmp/report.VARIANT.
check()
{
	t=$1
	(
		cd "$vdir" || exit 1
		if [ "$3" = asan ]; then
			ASAN_OPTIONS=detect_leaks=0
			UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
			export ASAN_OPTIONS UBSAN_OPTIONS
		fi
		file=$t
		export file
		if [ -n "$timeout" ]; then
			exec timeout "$timeout" sh -c "$2"
		else
			exec sh -c "$2"
		fi
	) </dev/null >"$tmp/got.output" 2>"$tmp/got.error"
	rc=$?
	want=$(cat "$tmp/exit")
	report=$tmp/report.$3
	: >"$report"
	[ "$rc" = "$want" ] || {
		echo "    exit value: expected $want, got $rc"
		[ -n "$timeout" ] && [ $rc -eq 124 ] &&
			echo "    (timed out after ${timeout}s)"
	} >>"$report"
	for s in output error; do
		cmp -s "$tmp/exp.$s" "$tmp/got.$s" && continue
		[ $s = output ] && what=stdout || what=stderr
		diff -u "$tmp/exp.$s" "$tmp/got.$s" |
			sed "1s|.*|--- expected $what|
			     2s|.*|+++ actual $what|
			     s/^/    /" >>"$report"
	done
	[ -s "$report" ] || return 0
	if [ "$3" = asan ] &&
	   grep -Eq '^==[0-9]+==ERROR: |: runtime error: ' "$tmp/got.error"; then
		return 2
	fi
	return 1
}

# show TEST NAME VARIANT CMD: print a failure report
show()
{
	echo "    command ($3): cd validation && file=$1 $4"
	cat "$tmp/report.$3"
}

run_test()
{
	t=$1
	if ! parse "$t"; then
		echo "FAIL    ($t): cannot read it"
		failed=$((failed + 1))
		return
	fi
	if [ ! -f "$tmp/name" ]; then
		[ -s "$tmp/bad" ] || {
			echo "note: $t has no check-name: not a test"
			return
		}
	fi
	name=$(cat "$tmp/name" 2>/dev/null)
	name="${name:+$name }($t)"
	if [ -s "$tmp/bad" ]; then
		echo "FAIL    $name: bad test"
		sed 's/^/    /' "$tmp/bad"
		failed=$((failed + 1))
		return
	fi
	cmd=$(cat "$tmp/cmd" 2>/dev/null) || cmd='klint-sparse $file'
	variants=plain
	[ -n "$asan" ] && [ "$(expand "$cmd" X X)" != "$cmd" ] &&
		variants="plain asan"
	bad=
	for v in $variants; do
		if [ "$v" = asan ]; then
			bin=$asan
			lbin=${asan_link:-$link}
		else
			bin=$KLINT
			lbin=$link
		fi
		full=$(expand "$cmd" "$bin" "$lbin")
		check "$t" "$full" "$v"
		case $? in
		0) ;;
		2) echo "FAIL    $name: sanitizer error"
		   show "$t" "$name" "$v" "$full"
		   failed=$((failed + 1))
		   return ;;
		*) bad="$bad $v"; eval "full_$v=\$full" ;;
		esac
	done
	if [ -f "$tmp/known" ]; then
		if [ -n "$bad" ]; then
			[ "${V:-0}" = 1 ] && echo "XFAIL   $name"
			known=$((known + 1))
		else
			echo "XPASS   $name: passes; take check-known-to-fail off"
			failed=$((failed + 1))
		fi
		return
	fi
	if [ -z "$bad" ]; then
		[ "${V:-0}" = 1 ] && echo "PASS    $name"
		passed=$((passed + 1))
		return
	fi
	echo "FAIL    $name"
	for v in $bad; do
		eval "full=\$full_$v"
		show "$t" "$name" "$v" "$full"
	done
	failed=$((failed + 1))
}

# skip_kernel WHY HOWTO: a skipped kernel-tree test; under CI, a failure.
skip_kernel()
{
	if [ -n "${CI:-}" ]; then
		echo "FAIL    kernel-tree: skipped under CI ($1)"
		failed=$((failed + 1))
		return
	fi
	echo "SKIP    kernel-tree: $1"
	skipped=$((skipped + 1))
	skip_why="kernel-tree: $1; to run it: $2"
}

run_kernel_tree()
{
	if [ "${KLINT_SKIP_KERNEL:-0}" = 1 ]; then
		skip_kernel "KLINT_SKIP_KERNEL=1" "unset KLINT_SKIP_KERNEL"
		return
	fi
	# Shown as it runs: preparing a tree the first time takes minutes.
	echo "RUN     kernel-tree${KSRC:+ (KSRC=$KSRC)}"
	{
		KLINT=$KLINT sh "$vdir/kernel-tree.sh" 2>&1
		echo $? >"$tmp/kernel-tree.rc"
	} | tee "$tmp/kernel-tree.log" |
		while IFS= read -r l; do printf '    %s\n' "$l"; done
	rc=$(cat "$tmp/kernel-tree.rc")
	case $rc in
	0) echo "PASS    kernel-tree"; passed=$((passed + 1)) ;;
	77) skip_kernel "$(sed -n 's/^kernel-tree: skipped: //p' "$tmp/kernel-tree.log")" \
		"$(sed -n 's/^kernel-tree: to run it: //p' "$tmp/kernel-tree.log")" ;;
	*) echo "FAIL    kernel-tree (exit $rc)"; failed=$((failed + 1)) ;;
	esac
}

# Arguments name tests by their path from here or from validation/.
relpath()
{
	if [ -e "$1" ]; then
		if [ -d "$1" ]; then
			p=$(cd "$1" && pwd)
		else
			p=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
		fi
	elif [ -e "$vdir/$1" ]; then
		p=$vdir/$1
	else
		return 1
	fi
	case $p in
	"$vdir") echo . ;;
	"$vdir"/*) echo "${p#"$vdir"/}" ;;
	*) echo "$p" ;;
	esac
}

kernel=0
: >"$tmp/list"
if [ $# -eq 0 ]; then
	set -- "$vdir"
	kernel=1
fi
for a; do
	case $a in
	kernel-tree|kernel-tree.sh|*/kernel-tree.sh)
		kernel=1
		continue ;;
	esac
	p=$(relpath "$a") || {
		echo "run-tests: no test $a"
		failed=$((failed + 1))
		continue
	}
	case $p in
	/*) d=$p ;;
	*) d=$vdir/$p ;;
	esac
	if [ -d "$d" ]; then
		(cd "$vdir" && find "$p" -name '*.c' -type f ! -path '*/inputs/*' ! -path '*/fuzz/*' \
			! -path '*/kmod/*' | sort) |
			sed 's|^\./||' >>"$tmp/list"
	else
		echo "$p" >>"$tmp/list"
	fi
done

echo "klint-sparse: $KLINT${asan:+, and $asan}"
while IFS= read -r t; do
	run_test "$t"
done <"$tmp/list"
[ $kernel -eq 1 ] && run_kernel_tree
summary
