#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Check a whole Linux 6.1 x86_64 defconfig kernel as a maintainer would:
#
#	make C=1 CHECK=klint-sparse vmlinux	(C=2 once the tree is built)
#	klint-link -o vmlinux.klint-db .
#
# then print the warnings grouped by category and by the function that
# holds the atomic context, for triage against
# validation/kernel/triage-6.1-defconfig.txt (bench/triage-diff.sh OUTDIR
# compares a run with it).
#
#	sh bench/whole-kernel.sh [OUTDIR]
#
# The tree is $KWHOLE (default build/linux-6.1-whole), unpacked from
# Debian's linux-source-6.1 and configured with defconfig on first use;
# the first run compiles the kernel too (about an hour on 2 cores).
# OUTDIR (default build/whole-kernel) receives:
#	check.txt	klint-sparse's warnings and notes, in build order
#	link.txt	klint-link's
#	warnings.txt	one line a warning: SOURCE CATEGORY FILE:LINE MESSAGE
#	klint-db	the merged database
# Env: KLINT, KLINT_LINK (default ./klint-sparse, ./klint-link), KWHOLE,
# JOBS (default nproc), TARGETS (default vmlinux; "kernel/sched/" checks
# and links one directory of a built tree).  Not part of the test suite.

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/build/whole-kernel}
KLINT=${KLINT:-$root/klint-sparse}
KLINT_LINK=${KLINT_LINK:-$root/klint-link}
KWHOLE=${KWHOLE:-$root/build/linux-6.1-whole}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 1)}
TARGETS=${TARGETS:-vmlinux}
tarball=/usr/src/linux-source-6.1.tar.xz
LC_ALL=C
export LC_ALL
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES

bench_name=whole-kernel
. "$root/bench/lib.sh"

[ -x "$KLINT" ] || die "no binary $KLINT"
[ -x "$KLINT_LINK" ] || die "no binary $KLINT_LINK"
mkdir -p "$out" || die "cannot create $out"

if [ ! -f "$KWHOLE/.config" ]; then
	[ -f "$tarball" ] || skip "no $tarball (apt-get install linux-source-6.1)"
	echo "  KTREE   unpacking $tarball into $KWHOLE"
	rm -rf "$KWHOLE.tmp" && mkdir -p "$KWHOLE.tmp" &&
		tar xJf "$tarball" --strip-components=1 -C "$KWHOLE.tmp" &&
		mv "$KWHOLE.tmp" "$KWHOLE" || die "unpacking $tarball failed"
	echo "  KTREE   make defconfig"
	make -C "$KWHOLE" defconfig >/dev/null || die "make defconfig failed"
fi

# C=1 checks what is compiled; once vmlinux exists, C=2 checks it all.
check=1
[ -f "$KWHOLE/vmlinux" ] && check=2
echo "  CHECK   make C=$check $TARGETS in $KWHOLE (-j$JOBS)"
make -C "$KWHOLE" -j"$JOBS" C=$check CHECK="$KLINT" $TARGETS \
	>"$out/build.log" 2>"$out/check.txt" ||
	die "the kernel build failed, see $out/build.log and $out/check.txt"

echo "  LINK    klint-link -o $out/klint-db"
link_dirs=.
[ "$TARGETS" = vmlinux ] || link_dirs=$TARGETS
(cd "$KWHOLE" && "$KLINT_LINK" -o "$out/klint-db" $link_dirs) >"$out/link.txt" 2>&1
[ $? -le 1 ] || die "klint-link failed, see $out/link.txt"

# One line a warning; notes stay in check.txt and link.txt.
for src in check link; do
	sed -n 's/^\([^ ]*:[0-9]*\):[0-9]*: warning: \(.*\) \[-W\([a-z-]*\)\]$/\3 \1 \2/p' \
		"$out/$src.txt" | sed "s/^/$src /"
done >"$out/warnings.txt"

echo "Warnings by program and category:"
cut -d ' ' -f 1,2 "$out/warnings.txt" | sort | uniq -c | sort -rn
echo "Total: $(wc -l <"$out/warnings.txt")"
