# SPDX-License-Identifier: GPL-2.0
# Find or prepare a configured Linux 6.1 or 6.12 tree.  Sourced, not run,
# by validation/kernel-tree.sh, bench/run.sh and bench/link.sh:
#
#	root=/path/to/repo
#	. "$root/scripts/kernel-tree.sh"
#	kernel_tree || case $? in 1) skip "$kt_reason";; *) fail "$kt_reason";; esac
#	kernel_tree_612 || ...		# the same for KSRC612
#
# On success KSRC (KSRC612) names a tree where `make defconfig
# modules_prepare` has run.  KSRC (KSRC612) from the environment is used
# as it is.  Otherwise the tree is $kt_cache/linux-VERSION, unpacked from
# Debian's linux-source-VERSION (installed first when we are root on
# Debian, as CI is) and prepared once: 1.5 GB each that `make distclean`
# must not throw away, so it lives in the user's cache directory, shared
# by every clone, not in build/.  A 6.1 tree prepared in build/linux-6.1
# by an older version is still used where it is.  Both functions return 1
# when no tree can be had here (a reason to skip), 2 when setting one up
# failed (an error); kt_reason says why, kt_howto what would make it work.

kt_cache=${KLINT_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/klint-sparse}

# Variables given to an outer make (make check V=1 CC=...) must not reach
# kbuild through the environment.
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES

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

# What building a defconfig's modules_prepare needs.
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

# kt_given VAR: the tree named by $VAR (KSRC or KSRC612) is used as it is,
# if it is one.
kt_given()
{
	eval "kt_dir=\$$1"
	if [ ! -f "$kt_dir/Makefile" ]; then
		kt_reason="$1=$kt_dir is not a kernel tree"
		return 2
	fi
	if [ ! -f "$kt_dir/include/generated/autoconf.h" ] ||
	   [ ! -x "$kt_dir/scripts/mod/modpost" ]; then
		kt_reason="$1=$kt_dir is not prepared"
		kt_reason="$kt_reason (make defconfig modules_prepare)"
		return 2
	fi
	return 0
}

# kt_prepare VERSION VAR: $kt_cache/linux-VERSION, prepared once; VAR
# (KSRC or KSRC612) is set to it.
kt_prepare()
{
	kt_dir=$kt_cache/linux-$1
	eval "$2=\$kt_dir"
	kt_log=$kt_cache/linux-$1.log
	[ -f "$kt_dir/.klint-prepared" ] && return 0

	kt_tarball=/usr/src/linux-source-$1.tar.xz
	kt_pkgs="linux-source-$1 flex bison bc libssl-dev libelf-dev"
	kt_howto="set $2=/a/prepared/$1/tree, or apt-get install $kt_pkgs"
	kt_howto="$kt_howto and it is prepared in $kt_cache"
	if [ ! -d "$kt_dir" ] && [ ! -f "$kt_tarball" ] && ! kt_can_apt; then
		kt_reason="no Linux $1 tree: no $2, no $kt_dir, no $kt_tarball"
		return 1
	fi
	if kt_missing_tools && ! kt_can_apt; then
		kt_reason="preparing a kernel tree needs:$kt_miss"
		kt_howto="apt-get install$kt_miss, or set $2=/a/prepared/$1/tree"
		return 1
	fi
	mkdir -p "$kt_cache" || {
		kt_reason="cannot create $kt_cache"
		kt_howto="set KLINT_CACHE=/a/writable/dir or $2=/a/prepared/$1/tree"
		return 2
	}
	if [ ! -d "$kt_dir" ] && [ ! -f "$kt_tarball" ]; then
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
	if [ ! -d "$kt_dir" ]; then
		echo "  KTREE   unpacking $kt_tarball into $kt_dir" \
			"(1.5 GB, once)" >&2
		rm -rf "$kt_dir.tmp" && mkdir -p "$kt_dir.tmp"
		tar xJf "$kt_tarball" --strip-components=1 -C "$kt_dir.tmp" || {
			kt_reason="unpacking $kt_tarball failed"
			return 2
		}
		mv "$kt_dir.tmp" "$kt_dir"
	fi
	echo "  KTREE   make defconfig in $kt_dir (log: $kt_log)" >&2
	if ! { make -C "$kt_dir" defconfig >>"$kt_log" 2>&1 &&
	       echo "  KTREE   make modules_prepare (a few minutes, once)" >&2 &&
	       make -C "$kt_dir" -j"$(kt_ncpu)" modules_prepare >>"$kt_log" 2>&1; }; then
		tail -n 20 "$kt_log" >&2
		kt_reason="preparing $kt_dir failed, see $kt_log"
		return 2
	fi
	touch "$kt_dir/.klint-prepared"
}

kernel_tree()
{
	kt_reason=
	kt_howto="set KSRC=/a/prepared/6.1/tree (make defconfig modules_prepare)"
	[ -n "${KSRC:-}" ] && { kt_given KSRC; return; }

	# An older version prepared it in build/: use it there rather than
	# prepare a second one; moving it is the user's call.
	if [ ! -f "$kt_cache/linux-6.1/.klint-prepared" ] &&
	   [ -f "$root/build/linux-6.1/.klint-prepared" ]; then
		KSRC=$root/build/linux-6.1
		echo "  KTREE   using $KSRC; make distclean would delete it:" \
			"mkdir -p $kt_cache && mv $KSRC $kt_cache/" >&2
		return 0
	fi
	kt_prepare 6.1 KSRC
}

kernel_tree_612()
{
	kt_reason=
	kt_howto="set KSRC612=/a/prepared/6.12/tree (make defconfig modules_prepare)"
	[ -n "${KSRC612:-}" ] && { kt_given KSRC612; return; }
	kt_prepare 6.12 KSRC612
}
