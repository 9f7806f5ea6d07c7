#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Checks C files one by one with klint-sparse, each writing its summary
# file into a scratch directory, then runs klint-link on that directory:
#
#	sh link/link.sh KLINT-SPARSE KLINT-LINK FILE.c... [-- LINK-OPTION...]
#
# The scratch directory is $T.  gcc also compiles the files listed in
# $OBJECTS to NAME.o beside their summaries.
ks=$1
kl=$2
shift 2
T=$(mktemp -d "${TMPDIR:-/tmp}/klint-link-test.XXXXXX") || exit 1
export T
trap 'rm -rf "$T"' EXIT
while [ $# -gt 0 ] && [ "$1" != -- ]; do
	o=$T/$(basename "$1" .c).o
	"$ks" --summary="$o.klint" "$1" || exit
	case " ${OBJECTS:-} " in
	*" $1 "*) gcc -c -w -o "$o" "$1" || exit ;;
	esac
	shift
done
[ "${1:-}" = -- ] && shift
eval "\"\$kl\" $* \"\$T\""
