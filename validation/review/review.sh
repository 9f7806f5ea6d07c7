#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# klint-review's test: a git repository holding a tree that kbuild's
# stand-in (inputs/Makefile) builds, with a few commits, and one run of
# scripts/klint-review on a range of them.  Run from validation/:
#
#	sh review/review.sh KLINT-SPARSE KLINT-LINK SCENARIO
#
# SCENARIO:
#	range	base, a commit that adds a bug (and a bug in a file the
#		configuration does not build), a commit that fixes an old one:
#		BASE..TIP, with --sarif
#	fix	the fixing commit alone
#	db	a commit that calls, under a spinlock, a function of a file
#		the range does not touch that sleeps: found only with --db,
#		a database of the rest of the tree
#	broken	a commit that adds a file that does not compile
#	config	a commit that adds a file its directory's Makefile builds
#		only with an option the configuration leaves off, and that
#		does not compile: skipped, not an error
#	headers	a commit that changes only a header, which makes a function of
#		an unchanged file sleep under a spinlock: found with --headers,
#		from the tree's .NAME.o.cmd files
#	again	range twice in one --work directory: the second run reuses
#		the scratch checkout
#
# After the run, the tree must still be on the same commit, unchanged.
here=$(pwd)
case $1 in /*) ks=$1 ;; *) ks=$here/$1 ;; esac
case $2 in /*) kl=$2 ;; *) kl=$here/$2 ;; esac
scenario=$3
in=review/inputs
review=$here/../scripts/klint-review
T=$(mktemp -d "${TMPDIR:-/tmp}/klint-review-test.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT
tree=$T/linux

# A git of its own: no user's configuration, fixed names and dates.
HOME=$T
GIT_CONFIG_NOSYSTEM=1
GIT_AUTHOR_NAME=Test
GIT_AUTHOR_EMAIL=test@example.org
GIT_AUTHOR_DATE='2026-01-01 00:00:00 +0000'
GIT_COMMITTER_NAME=$GIT_AUTHOR_NAME
GIT_COMMITTER_EMAIL=$GIT_AUTHOR_EMAIL
GIT_COMMITTER_DATE=$GIT_AUTHOR_DATE
export HOME GIT_CONFIG_NOSYSTEM GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL \
	GIT_AUTHOR_DATE GIT_COMMITTER_NAME GIT_COMMITTER_EMAIL \
	GIT_COMMITTER_DATE

commit()
{
	git -C "$tree" add -A && git -C "$tree" commit -q -m "$1" || exit 99
}

# put INPUT PATH: the tree's PATH gets inputs/INPUT
put()
{
	mkdir -p "$tree/$(dirname "$2")" && cp "$in/$1" "$tree/$2" || exit 99
}

mkdir -p "$tree" && git init -q "$tree" || exit 99
put Makefile Makefile
mkdir -p "$tree/include" && cp include/kapi.h "$tree/include/" || exit 99
printf '.config\n*.klint\n.*.cmd\n' >"$tree/.gitignore"
: >"$tree/.config"
put core-base.c drivers/foo/core.c
put hw-base.c drivers/foo/hw.c
commit "base"
put core-tip.c drivers/foo/core.c
put unbuilt.c drivers/foo/unbuilt.c
commit "foo: core_config(), and unbuilt.c"
put hw-tip.c drivers/foo/hw.c
commit "foo: hw_poll() sleeps before it takes the lock"

set -- -q --klint-sparse="$ks" --klint-link="$kl"
case $scenario in
range)
	set -- "$@" --sarif="$T/review.sarif" "$tree" HEAD~2..HEAD ;;
fix)
	set -- "$@" "$tree" HEAD ;;
db)
	# The database of the whole tree at its tip so far.
	for f in core hw; do
		(cd "$tree" && "$ks" -Iinclude --summary="$T/$f.o.klint" \
			"drivers/foo/$f.c" 2>/dev/null) || exit 99
	done
	"$kl" -o "$T/base.klint-db" "$T/core.o.klint" "$T/hw.o.klint" \
		2>/dev/null
	[ $? -le 1 ] || exit 99
	put core-calls.c drivers/foo/core.c
	commit "foo: core_reset() polls"
	echo "== without a database: hw.c is not checked" >&2
	sh "$review" "$@" "$tree" HEAD
	echo "== exit status $?" >&2
	echo "== with the base's database" >&2
	set -- "$@" --db="$T/base.klint-db" "$tree" HEAD ;;
config)
	put foo.mk drivers/foo/Makefile
	put optional.c drivers/foo/optional.c
	commit "foo: optional.c"
	set -- "$@" "$tree" HEAD ;;
headers)
	put wait-base.h include/wait.h
	put user.c drivers/foo/user.c
	commit "foo: user.c, and wait.h"
	put wait-tip.h include/wait.h
	commit "foo: foo_wait() waits"
	# What kbuild records of a build of the tree: its objects' headers.
	for f in core hw user; do
		printf 'deps_drivers/foo/%s.o := \\\n  include/kapi.h \\\n' \
			"$f" >"$tree/drivers/foo/.$f.o.cmd"
	done
	printf '  include/wait.h \\\n' >>"$tree/drivers/foo/.user.o.cmd"
	echo "== without --headers: user.c is not checked" >&2
	sh "$review" "$@" "$tree" HEAD
	echo "== exit status $?" >&2
	echo "== with --headers" >&2
	set -- "$@" --headers "$tree" HEAD ;;
again)
	sh "$review" "$@" --work="$T/work" "$tree" HEAD~2..HEAD 2>/dev/null
	echo "== first run: exit status $?" >&2
	set -- "$@" --work="$T/work" "$tree" HEAD~2..HEAD ;;
broken)
	put broken.c drivers/foo/broken.c
	commit "foo: broken.c"
	set -- "$@" "$tree" HEAD ;;
*)
	echo "review.sh: no scenario '$scenario'" >&2
	exit 99 ;;
esac
head=$(git -C "$tree" rev-parse HEAD)
git -C "$tree" status --porcelain --ignored >"$T/status.before"
(cd "$T" && sh "$review" "$@" 2>"$T/stderr")
rc=$?
# make's own "***" lines differ from one version of make to the next.
grep -v '^make\(\[[0-9]*\]\)\{0,1\}: \*\*\*' "$T/stderr" >&2

# The user's tree: the same commit, nothing changed, nothing added.
[ "$(git -C "$tree" rev-parse HEAD)" = "$head" ] ||
	echo "review.sh: the tree is not on $head any more" >&2
git -C "$tree" status --porcelain --ignored >"$T/status.after"
cmp -s "$T/status.before" "$T/status.after" ||
	{ echo "review.sh: the tree changed:" >&2; git -C "$tree" status --short >&2; }
if [ -f "$T/review.sarif" ]; then
	echo "== SARIF: $(grep -c '"ruleId"' "$T/review.sarif") result(s)," \
		"$(grep -o '"uri": "[^"]*"' "$T/review.sarif" | sort -u | tr '\n' ' ' | sed 's/ $//')" >&2
fi
exit $rc
