#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Put sparse 0.6.4's source tarball at $1.  Debian's source package is the
# only copy these machines can reach; as root on Debian the deb-src list is
# enabled here, elsewhere the exact command is printed.
set -eu
out=$1
sum=bd98fd8a122ff79d38a81feb75ec728699101e80701f33f21180912c3c9e949c
dir=$(dirname "$out")

if [ ! -f "$out" ]; then
	if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
		echo "get-sparse: need sparse 0.6.4's source.  Either run" >&2
		echo "  make SPARSE_SRC=/path/to/sparse-0.6.4" >&2
		echo "or, as root on Debian, with a deb-src entry enabled:" >&2
		echo "  apt-get source --download-only sparse" >&2
		exit 1
	fi
	echo "  FETCH   sparse 0.6.4 source (apt-get source sparse)" >&2
	if ! grep -rqs '^Types:.*deb-src\|^deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/; then
		src=/etc/apt/sources.list.d/klint-sparse-src.sources
		if [ -f /etc/apt/sources.list.d/debian.sources ]; then
			sed 's/^Types: deb$/Types: deb-src/' \
				/etc/apt/sources.list.d/debian.sources > "$src"
		else
			sed -n 's/^deb /deb-src /p' /etc/apt/sources.list > \
				/etc/apt/sources.list.d/klint-sparse-src.list
		fi
		echo "  APT     enabling deb-src sources; apt-get update" >&2
		apt-get update -qq
	fi
	tmp=$(mktemp -d)
	( cd "$tmp" && apt-get source --download-only sparse >/dev/null 2>&1 ) ||
		{ apt-get update -qq && ( cd "$tmp" && apt-get source --download-only sparse >/dev/null ); }
	mv "$tmp"/sparse_0.6.4.orig.tar.gz "$out.tmp"
	rm -rf "$tmp"
	mv "$out.tmp" "$out"
fi
echo "$sum  $out" | sha256sum -c --quiet - || {
	echo "get-sparse: $out is not sparse 0.6.4's release tarball" >&2
	rm -f "$out"
	exit 1
}
