#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Install the Debian packages the build needs, or name the exact command.
set -eu
missing=
[ -f /usr/include/libelf.h ] || [ -f /usr/include/elfutils/libelf.h ] ||
	missing="$missing libelf-dev"
command -v patch >/dev/null 2>&1 || missing="$missing patch"
command -v gcc >/dev/null 2>&1 || missing="$missing gcc"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "  APT     installing$missing" >&2
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
	exit 0
fi
echo "klint-sparse needs:$missing.  Install them with:" >&2
echo "  apt-get install$missing" >&2
exit 1
