#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Kernel-tree test.  First validation/kmod, klint-sparse's own test module:
# checked through kbuild (make M=... C=2 CHECK=klint-sparse), its summary
# files linked with klint-link, and every report compared with
# validation/kmod/expected.* (expected.guard only where the tree has lock
# guards and Kbuild builds kmod-guard.c).  Then, where ../shared/samples
# exists, its sample module the same way, scored by its score.py: every
# BUG case found but those in $expected_missing, no OK case warned about.
# Either fails when it finds no case at all.
#
# Env: KLINT (the binary, default ../klint-sparse; klint-link is taken from
# the same directory), KSRC (a prepared kernel
# tree; see scripts/kernel-tree.sh), KLINT_CF (extra checker flags, passed
# as kbuild's CF=), KSRC612 (a Linux 6.12 source tree: the tables' cited
# lines are then checked in $KSRC as 6.1 and in it, with
# scripts/check-table-sources.py).  Exit 0 pass, 1 fail, 77 skipped (the
# last two lines then say why and how to run it).

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

echo "kernel-tree: Linux tree $KSRC"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/klint-kmod.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP PIPE

# With KSRC612, the tables' cited lines in both trees.
kernel_612()
{
	[ -n "${KSRC612:-}" ] || return 0
	python3 "$root/scripts/check-table-sources.py" --v6.1="$KSRC" \
		--v6.12="$KSRC612" >"$tmp/sources" 2>&1
	st=$?
	sed 's/^/kernel-tree: /' "$tmp/sources" | tail -n 40
	[ $st -eq 0 ] || exit 1
}

# check_module SRC NAME: copy module SRC to $tmp/NAME (kbuild writes
# beside the sources), build it with gcc, check it with C=2 and link it;
# $mod is the copy, $tmp/NAME.out every report, paths relative to $mod.
check_module()
{
	mod=$tmp/$2
	mkdir "$mod" && cp "$1"/* "$mod/" && chmod -R u+w "$mod" ||
		fail "cannot copy $1 to $mod"
	# Compile first, so that the checked build's stderr holds only the
	# checker's diagnostics (C=2 checks every file even when up to
	# date).  One job: the reports come out in the same order each time.
	if ! make -C "$KSRC" M="$mod" modules >"$tmp/$2.build" 2>&1; then
		tail -n 30 "$tmp/$2.build"
		fail "$1 does not build with gcc against $KSRC"
	fi
	make -j1 -C "$KSRC" M="$mod" C=2 CHECK="$KLINT" CF="$KLINT_CF" \
		modules >"$tmp/$2.check" 2>"$tmp/$2.raw"
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

# Our own module: the exact reports.
kmod=$root/validation/kmod
check_module "$kmod" klint_kmod
{
	cat "$kmod/expected.check"
	[ -f "$mod/kmod-guard.o" ] && cat "$kmod/expected.guard"
	cat "$kmod/expected.link"
} >"$tmp/expected"
[ -s "$tmp/klint_kmod.out" ] ||
	fail "no report at all on validation/kmod (expected $(grep -c ': warning: ' "$tmp/expected"))"
if ! cmp -s "$tmp/expected" "$tmp/klint_kmod.out"; then
	echo "kernel-tree: validation/kmod: the reports differ from expected.*:"
	diff -u "$tmp/expected" "$tmp/klint_kmod.out" |
		sed '1s/.*/--- expected/; 2s/.*/+++ actual/'
	fail "validation/kmod"
fi
echo "kernel-tree: validation/kmod: $(grep -c ': warning: ' "$tmp/expected")" \
	"reports as expected$([ -f "$mod/kmod-guard.o" ] || echo ", no lock guards in $KSRC: kmod-guard.c not built")"

# The shared samples: an extra check, where they are.
if [ ! -d "$shared/kmod" ]; then
	echo "kernel-tree: note: no $shared/kmod, only validation/kmod checked"
	kernel_612
	exit 0
fi
command -v python3 >/dev/null 2>&1 ||
	fail "python3 is needed to run $shared/score.py"
check_module "$shared/kmod" samples
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
kernel_612
exit 0
