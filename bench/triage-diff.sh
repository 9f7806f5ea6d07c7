#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Compare a whole-kernel run with the triage of an earlier one:
#
#	sh bench/triage-diff.sh OUTDIR [TRIAGE]
#
# OUTDIR is bench/whole-kernel.sh's output directory (check.txt, link.txt);
# TRIAGE defaults to validation/kernel/triage-6.1-defconfig.txt.  A warning
# is the same warning when its line reads the same.  Prints the verdicts
# of the warnings that are gone, of those that stay, and the new warnings,
# which have no verdict yet and must be read.  bench/triage-update.py then
# writes the triage for the new run, with their verdicts.

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: triage-diff.sh OUTDIR [TRIAGE]}
triage=${2:-$root/validation/kernel/triage-6.1-defconfig.txt}
LC_ALL=C
export LC_ALL

tmp=$(mktemp -d "${TMPDIR:-/tmp}/triage-diff.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT

# "VERDICT<TAB>WARNING" for each triaged warning.
awk '/^W[A-Z][0-9]+ / { v = $3; for (i = 4; i <= NF; i++) v = v " " $i; next }
     v != "" && /^\t[^ ]+: warning: / { sub(/^\t/, ""); print v "\t" $0; v = "" }' \
	"$triage" | sort -t '	' -k 2 >"$tmp/old"
cat "$out/check.txt" "$out/link.txt" 2>/dev/null | grep ': warning: ' | sort -u >"$tmp/now"
cut -f 2 "$tmp/old" | sort -u >"$tmp/old-text"

summary() {
	echo "$1: $(wc -l <"$2")"
	cut -f 1 "$2" | sort | uniq -c | sort -rn | sed 's/^/  /'
}

awk -F '	' 'NR == FNR { now[$0] = 1; next } !($2 in now)' "$tmp/now" "$tmp/old" >"$tmp/gone"
awk -F '	' 'NR == FNR { now[$0] = 1; next } ($2 in now)' "$tmp/now" "$tmp/old" >"$tmp/kept"
comm -23 "$tmp/now" "$tmp/old-text" >"$tmp/new"

summary "Gone since the triage" "$tmp/gone"
summary "Still there" "$tmp/kept"
echo "New, not triaged: $(wc -l <"$tmp/new")"
sed 's/^/  /' "$tmp/new"
