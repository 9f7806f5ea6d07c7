#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Kernel-tree test.  First validation/kmod, klint-sparse's own test module,
# against a Linux 6.1 tree and a 6.12 one: checked through kbuild (make
# M=... C=2 CHECK=klint-sparse), its summary files linked with klint-link,
# and every report compared with validation/kmod/expected.* (expected.guard
# where the tree has lock guards and Kbuild builds kmod-guard.c,
# expected.612 where it has allocation profiling and Kbuild builds
# kmod-612.c).  Then, where ../shared/samples exists, its sample module
# against 6.1 the same way, scored by its score.py: every BUG case found
# but those in $expected_missing, no OK case warned about.  Either fails
# when it finds no case at all.  Last, the tables' cited lines are checked
# in both trees with scripts/check-table-sources.py.
#
# Env: KLINT (the binary, default ../klint-sparse; klint-link is taken from
# the same directory), KSRC and KSRC612 (prepared 6.1 and 6.12 trees; see
# scripts/kernel-tree.sh), KLINT_CF (extra checker flags, passed as
# kbuild's CF=).  Exit 0 pass, 1 fail, 77 skipped (the last two lines then
# say why and how to run it); without a 6.12 tree the 6.1 part runs and
# the test is still skipped, so that the missing half is not a pass.

# BUG cases of ../shared/samples the checker is not expected to find yet.
# They are not failures; one that is found is reported so it can be taken
# off.
expected_missing=""

root=$(cd "$(dirname "$0")/.." && pwd)
shared=$root/../shared/samples
KLINT=${KLINT:-$root/klint-sparse}
case $KLINT in
/*) ;;
*/*) KLINT=$(pwd)/$KLINT ;;
*) KLINT=$(command -v "$KLINT") ;;
esac
KLINT_CF=${KLINT_CF:-}

# skip REASON [HOWTO]
skip()
{
	echo "kernel-tree: skipped: $1"
	echo "kernel-tree: to run it: ${2:-set KSRC=/a/prepared/6.1/tree}"
	exit 77
}

fail()
{
	echo "kernel-tree: FAIL: $*"
	exit 1
}

LINK=$(dirname "$KLINT")/klint-link
[ -x "$KLINT" ] || fail "no checker binary: $KLINT"
[ -x "$LINK" ] || fail "no link binary: $LINK"

. "$root/scripts/kernel-tree.sh"
kernel_tree || case $? in
	1) skip "$kt_reason" "$kt_howto" ;;
	*) fail "$kt_reason" ;;
	esac
# Without 6.12 the 6.1 part still runs; the skip is said at the end.
skip612=
kernel_tree_612 || case $? in
	1) skip612=$kt_reason; howto612=$kt_howto ;;
	*) fail "$kt_reason" ;;
	esac

echo "kernel-tree: Linux tree $KSRC"
[ -n "$skip612" ] || echo "kernel-tree: Linux 6.12 tree $KSRC612"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/klint-kmod.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP PIPE

# The tables' cited lines in both trees, then the exit status: a missing
# 6.12 tree is a skip, not a pass.
finish()
{
	if [ -n "$skip612" ]; then
		echo "kernel-tree: the 6.1 part passed; nothing checked on 6.12"
		skip "$skip612" "$howto612"
	fi
	python3 "$root/scripts/check-table-sources.py" --v6.1="$KSRC" \
		--v6.12="$KSRC612" >"$tmp/sources" 2>&1
	st=$?
	sed 's/^/kernel-tree: /' "$tmp/sources" | tail -n 40
	[ $st -eq 0 ] || exit 1
	exit 0
}

# check_module SRC NAME TREE: copy module SRC to $tmp/NAME (kbuild writes
# beside the sources), build it with gcc against TREE, check it with C=2
# and link it; $mod is the copy, $tmp/NAME.out every report, paths
# relative to $mod.
check_module()
{
	mod=$tmp/$2
	mkdir "$mod" && cp "$1"/* "$mod/" && chmod -R u+w "$mod" ||
		fail "cannot copy $1 to $mod"
	# Compile first, so that the checked build's stderr holds only the
	# checker's diagnostics (C=2 checks every file even when up to
	# date).  One job: the reports come out in the same order each time.
	# A tree with no Module.symvers (no vmlinux built) makes 6.12's
	# modpost fail on every kernel symbol unless told to warn, as 6.1's
	# does by itself.
	if ! KBUILD_MODPOST_WARN=1 make -C "$3" M="$mod" modules \
		>"$tmp/$2.build" 2>&1; then
		tail -n 30 "$tmp/$2.build"
		fail "$1 does not build with gcc against $3"
	fi
	KBUILD_MODPOST_WARN=1 make -j1 -C "$3" M="$mod" C=2 CHECK="$KLINT" \
		CF="$KLINT_CF" modules >"$tmp/$2.check" 2>"$tmp/$2.raw"
	rc=$?
	if [ $rc -ne 0 ]; then
		tail -n 30 "$tmp/$2.check"
		tail -n 30 "$tmp/$2.raw"
		fail "make C=2 CHECK=$KLINT in $1 exited with $rc"
	fi
	nobj=0
	for o in "$mod"/*.o; do
		case $o in
		*.mod.o) continue ;;
		esac
		f=${o%.o}.c
		[ -f "$f" ] || continue
		grep -q "CHECK *$f\$" "$tmp/$2.check" ||
			fail "kbuild did not run the checker on $f"
		[ -f "$o.klint" ] || fail "no summary file $o.klint"
		nobj=$((nobj + 1))
	done
	[ $nobj -gt 0 ] || fail "kbuild checked no file of $1"
	# What only the whole module shows: a lock in one file, a sleep in
	# another.
	"$LINK" "$mod" 2>>"$tmp/$2.raw"
	rc=$?
	[ $rc -eq 0 ] || fail "klint-link $mod exited with $rc"
	sed "s|$mod/||" "$tmp/$2.raw" >"$tmp/$2.out"
}

# check_kmod TREE VERSION: our own module against TREE, the exact reports.
# kmod-a.c and kmod-b.c give the same ones on every version; the files
# Kbuild builds only where the tree has what they use add theirs.
check_kmod()
{
	check_module "$kmod" "kmod-$2" "$1"
	{
		cat "$kmod/expected.check"
		[ -f "$mod/kmod-guard.o" ] && cat "$kmod/expected.guard"
		[ -f "$mod/kmod-612.o" ] && cat "$kmod/expected.612"
		cat "$kmod/expected.link"
	} >"$tmp/expected-$2"
	[ -s "$tmp/kmod-$2.out" ] ||
		fail "no report at all on validation/kmod against $2 (expected $(grep -c ': warning: ' "$tmp/expected-$2"))"
	if ! cmp -s "$tmp/expected-$2" "$tmp/kmod-$2.out"; then
		echo "kernel-tree: validation/kmod against $2: the reports differ from expected.*:"
		diff -u "$tmp/expected-$2" "$tmp/kmod-$2.out" |
			sed '1s/.*/--- expected/; 2s/.*/+++ actual/'
		fail "validation/kmod against $2"
	fi
	kt_built=
	for f in guard 612; do
		[ -f "$mod/kmod-$f.o" ] && kt_built="$kt_built, kmod-$f.c"
	done
	echo "kernel-tree: validation/kmod against $2 (kmod-a.c, kmod-b.c$kt_built):" \
		"$(grep -c ': warning: ' "$tmp/expected-$2") reports as expected"
}

kmod=$root/validation/kmod
check_kmod "$KSRC" 6.1
[ -f "$mod/kmod-612.o" ] && fail "kmod-612.c was built against $KSRC, a 6.1 tree"
if [ -z "$skip612" ]; then
	check_kmod "$KSRC612" 6.12
	[ -f "$mod/kmod-612.o" ] && [ -f "$mod/kmod-guard.o" ] ||
		fail "kmod-612.c or kmod-guard.c not built against $KSRC612, not a 6.12 tree?"
fi

# The shared samples: an extra check, where they are.
if [ ! -d "$shared/kmod" ]; then
	echo "kernel-tree: note: no $shared/kmod, only validation/kmod checked"
	finish
fi
command -v python3 >/dev/null 2>&1 ||
	fail "python3 is needed to run $shared/score.py"
check_module "$shared/kmod" samples "$KSRC"
cp "$tmp/samples.raw" "$tmp/output"

python3 "$shared/score.py" "$mod" "$tmp/output" --json >"$tmp/score.json" ||
	fail "score.py failed"
python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
print(d["found"], d["bugs"], len(d["false_pos"]), d["ok"])
print(" ".join(d["missed"]))
print(" ".join(d["false_pos"]))' "$tmp/score.json" >"$tmp/score" ||
	fail "cannot read score.py output: $(cat "$tmp/score.json")"
{
	read -r found bugs nfp nok
	read -r missed
	read -r false_pos
} <"$tmp/score"

echo "kernel-tree: samples: found $found/$bugs bugs, $nfp/$nok false positives" \
	"(expected missing: ${expected_missing:-none})"
[ "$bugs" -gt 0 ] && [ "$found" -gt 0 ] ||
	fail "samples: no case found (score.py counted $bugs BUG cases)"

bad=0
for id in $missed; do
	case " $expected_missing " in
	*" $id "*) ;;
	*) echo "kernel-tree: missed $id"; bad=1 ;;
	esac
done
for id in $expected_missing; do
	case " $missed " in
	*" $id "*) ;;
	*) echo "kernel-tree: note: $id is found now; take it off expected_missing" ;;
	esac
done
if [ -n "$false_pos" ]; then
	python3 "$shared/score.py" "$mod" "$tmp/output" |
		sed -n "s|$mod/||; s/^false positive /kernel-tree: false positive /p"
	bad=1
fi
if [ $bad -ne 0 ]; then
	echo "kernel-tree: checker output ($(wc -l <"$tmp/output") lines):"
	sed "s|$mod/||" "$tmp/output" | head -n 60
	exit 1
fi
finish
