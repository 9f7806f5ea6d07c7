#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Install clang and libFuzzer for `make fuzz`, or name the exact command.
#
#	scripts/need-fuzz.sh [CLANG]
set -eu
cc=${1:-clang}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# libFuzzer is a separate package from clang on Debian 12
# (libclang-rt-14-dev): only a real link says whether it is there.
works()
{
	command -v "$cc" >/dev/null 2>&1 || return 1
	printf '%s\n' '#include <stddef.h>' '#include <stdint.h>' \
		'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { return 0; }' \
		>"$tmp/t.c"
	"$cc" -fsanitize=fuzzer,address,undefined -o "$tmp/t" "$tmp/t.c" \
		>/dev/null 2>&1
}

# The runtime package goes with clang's major version.
packages()
{
	if command -v "$cc" >/dev/null 2>&1; then
		v=$("$cc" -dumpversion | cut -d. -f1)
		echo "libclang-rt-$v-dev"
	else
		v=$(apt-cache depends clang 2>/dev/null |
			sed -n 's/.*Depends: clang-\([0-9][0-9]*\)$/\1/p' | head -1)
		echo "clang${v:+ libclang-rt-$v-dev}"
	fi
}

works && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(packages) >/dev/null
	# A fresh clang may still lack the runtime.
	works && exit 0
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(packages) >/dev/null
	works && exit 0
fi
echo "make fuzz needs $cc with libFuzzer.  Install them with:" >&2
echo "  apt-get install $(packages)" >&2
exit 1
