# SPDX-License-Identifier: GPL-2.0
# Find or prepare a configured Linux 6.1 tree.  Sourced, not run, by
# validation/kernel-tree.sh, bench/run.sh and bench/link.sh:
#
#	root=/path/to/repo
#	. "$root/scripts/kernel-tree.sh"
#	kernel_tree || case $? in 1) skip "$kt_reason";; *) fail "$kt_reason";; esac
#
# On success KSRC names a tree where `make defconfig modules_prepare` has
# run.  KSRC from the environment is used as it is.  Otherwise the tree is
# $kt_cache/linux-6.1, unpacked from Debian's linux-source-6.1 (installed
# first when we are root on Debian, as CI is) and prepared once: 1.5 GB
# that `make distclean` must not throw away, so it lives in the user's
# cache directory, shared by every clone, not in build/.  A tree prepared
# in build/linux-6.1 by an older version is still used where it is.
# kernel_tree returns 1 when no tree can be had here (a reason to skip),
# 2 when setting one up failed (an error); kt_reason says why, kt_howto
# what would make it work.

kt_cache=${KLINT_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/klint-sparse}

# Variables given to an outer make (make check V=1 CC=...) must not reach
# kbuild through the environment.
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES

kt_tarball=/usr/src/linux-source-6.1.tar.xz
kt_pkgs="linux-source-6.1 flex bison bc libssl-dev libelf-dev"

kt_can_apt()
{
	[ "$(id -u)" = 0 ] && [ -f /etc/debian_version ] &&
		command -v apt-get >/dev/null 2>&1
}

kt_apt_install()
{
	echo "  APT     installing $* (log: $kt_log)" >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" \
		>>"$kt_log" 2>&1 && return 0
	apt-get update -qq >>"$kt_log" 2>&1
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" \
		>>"$kt_log" 2>&1
}

# What building a 6.1 defconfig's modules_prepare needs.
kt_missing_tools()
{
	kt_miss=
	for t in make gcc flex bison bc xz; do
		command -v $t >/dev/null 2>&1 || kt_miss="$kt_miss $t"
	done
	[ -f /usr/include/openssl/ssl.h ] || kt_miss="$kt_miss libssl-dev"
	[ -f /usr/include/libelf.h ] || [ -f /usr/include/elfutils/libelf.h ] ||
		kt_miss="$kt_miss libelf-dev"
	[ -n "$kt_miss" ]
}

kt_ncpu()
{
	nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1
}

kernel_tree()
{
	kt_reason=
	kt_howto="set KSRC=/a/prepared/6.1/tree (make defconfig modules_prepare)"
	if [ -n "${KSRC:-}" ]; then
		if [ ! -f "$KSRC/Makefile" ]; then
			kt_reason="KSRC=$KSRC is not a kernel tree"
			return 2
		fi
		if [ ! -f "$KSRC/include/generated/autoconf.h" ] ||
		   [ ! -x "$KSRC/scripts/mod/modpost" ]; then
			kt_reason="KSRC=$KSRC is not prepared"
			kt_reason="$kt_reason (make defconfig modules_prepare)"
			return 2
		fi
		return 0
	fi

	# An older version prepared it in build/: use it there rather than
	# prepare a second one; moving it is the user's call.
	if [ ! -f "$kt_cache/linux-6.1/.klint-prepared" ] &&
	   [ -f "$root/build/linux-6.1/.klint-prepared" ]; then
		KSRC=$root/build/linux-6.1
		echo "  KTREE   using $KSRC; make distclean would delete it:" \
			"mkdir -p $kt_cache && mv $KSRC $kt_cache/" >&2
		return 0
	fi
	KSRC=$kt_cache/linux-6.1
	kt_log=$kt_cache/linux-6.1.log
	[ -f "$KSRC/.klint-prepared" ] && return 0

	kt_howto="set KSRC=/a/prepared/6.1/tree, or apt-get install $kt_pkgs"
	kt_howto="$kt_howto and it is prepared in $kt_cache"
	if [ ! -d "$KSRC" ] && [ ! -f "$kt_tarball" ] && ! kt_can_apt; then
		kt_reason="no Linux 6.1 tree: no KSRC, no $KSRC, no $kt_tarball"
		return 1
	fi
	if kt_missing_tools && ! kt_can_apt; then
		kt_reason="preparing a kernel tree needs:$kt_miss"
		kt_howto="apt-get install$kt_miss, or set KSRC=/a/prepared/6.1/tree"
		return 1
	fi
	mkdir -p "$kt_cache" || {
		kt_reason="cannot create $kt_cache"
		kt_howto="set KLINT_CACHE=/a/writable/dir or KSRC=/a/prepared/6.1/tree"
		return 2
	}
	if [ ! -d "$KSRC" ] && [ ! -f "$kt_tarball" ]; then
		kt_apt_install $kt_pkgs || {
			kt_reason="apt-get install $kt_pkgs failed, see $kt_log"
			return 2
		}
	fi
	if kt_missing_tools; then
		kt_apt_install flex bison bc libssl-dev libelf-dev xz-utils || {
			kt_reason="apt-get install failed, see $kt_log"
			return 2
		}
	fi

	# Unpacked beside, then renamed: a half-unpacked tree is never used.
	if [ ! -d "$KSRC" ]; then
		echo "  KTREE   unpacking $kt_tarball into $KSRC" \
			"(1.5 GB, once)" >&2
		rm -rf "$KSRC.tmp" && mkdir -p "$KSRC.tmp"
		tar xJf "$kt_tarball" --strip-components=1 -C "$KSRC.tmp" || {
			kt_reason="unpacking $kt_tarball failed"
			return 2
		}
		mv "$KSRC.tmp" "$KSRC"
	fi
	echo "  KTREE   make defconfig in $KSRC (log: $kt_log)" >&2
	if ! { make -C "$KSRC" defconfig >>"$kt_log" 2>&1 &&
	       echo "  KTREE   make modules_prepare (a few minutes, once)" >&2 &&
	       make -C "$KSRC" -j"$(kt_ncpu)" modules_prepare >>"$kt_log" 2>&1; }; then
		tail -n 20 "$kt_log" >&2
		kt_reason="preparing $KSRC failed, see $kt_log"
		return 2
	fi
	touch "$KSRC/.klint-prepared"
}
