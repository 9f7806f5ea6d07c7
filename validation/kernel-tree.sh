#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Kernel-tree test: check the sample module ../shared/samples/kmod through
# kbuild (make M=... C=2 CHECK=klint-sparse), link the summary files that
# left next to the objects (klint-link on the module's build directory),
# and score both outputs with ../shared/samples/score.py.  Passes when every
# BUG case is found but those in $expected_missing, and no OK case gets a
# warning.
#
# Env: KLINT (the binary, default ../klint-sparse; klint-link is taken from
# the same directory), KSRC (a prepared kernel
# tree; see scripts/kernel-tree.sh), KLINT_CF (extra checker flags, passed
# as kbuild's CF=), KSRC612 (a Linux 6.12 source tree: the tables' cited
# lines are then checked in $KSRC as 6.1 and in it, with
# scripts/check-table-sources.py).  Exit 0 pass, 1 fail, 77 skipped.

# BUG cases the checker is not expected to find yet (later work).  They are
# not failures; one that is found is reported so it can be taken off.
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

skip()
{
	echo "kernel-tree: skipped: $*"
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
[ -d "$shared/kmod" ] || skip "no sample module at $shared/kmod"
command -v python3 >/dev/null 2>&1 || skip "python3 is needed to run score.py"

. "$root/scripts/kernel-tree.sh"
kernel_tree || case $? in
	1) skip "$kt_reason" ;;
	*) fail "$kt_reason" ;;
	esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/klint-kmod.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP PIPE
mkdir "$tmp/kmod"
cp "$shared"/kmod/* "$tmp/kmod/"
chmod -R u+w "$tmp/kmod"
mod=$tmp/kmod

# Compile first, so that the checked build's stderr holds only the
# checker's diagnostics (C=2 checks every file even when up to date).
if ! make -C "$KSRC" M="$mod" modules >"$tmp/build.log" 2>&1; then
	tail -n 30 "$tmp/build.log"
	fail "the sample module does not build with gcc against $KSRC"
fi
make -C "$KSRC" M="$mod" C=2 CHECK="$KLINT" CF="$KLINT_CF" modules \
	>"$tmp/check.log" 2>"$tmp/output"
rc=$?
if [ $rc -ne 0 ]; then
	tail -n 30 "$tmp/check.log"
	tail -n 30 "$tmp/output"
	fail "make C=2 CHECK=$KLINT exited with $rc"
fi
for f in "$shared"/kmod/*.c; do
	f=$mod/${f##*/}
	grep -q "CHECK *$f\$" "$tmp/check.log" ||
		fail "kbuild did not run the checker on $f"
	[ -f "${f%.c}.o.klint" ] || fail "no summary file ${f%.c}.o.klint"
done
# What only the whole module shows: a lock in one file, a sleep in another.
"$LINK" "$mod" 2>>"$tmp/output"
rc=$?
[ $rc -eq 0 ] || fail "klint-link $mod exited with $rc"

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

echo "kernel-tree: found $found/$bugs bugs, $nfp/$nok false positives" \
	"(expected missing: ${expected_missing:-none})"

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
if [ -n "${KSRC612:-}" ]; then
	python3 "$root/scripts/check-table-sources.py" --v6.1="$KSRC" \
		--v6.12="$KSRC612" >"$tmp/sources" 2>&1
	st=$?
	sed 's/^/kernel-tree: /' "$tmp/sources" | tail -n 40
	[ $st -eq 0 ] || exit 1
fi
exit 0
