#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Self-test of run-tests.sh: run it on a few tests that pass and fail in
# known ways, with /bin/echo as the binary, and show what it reports.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/klint-selftest.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

t()
{
	cat >"$tmp/$1.c"
}

t pass <<'END'
/*
 * check-name: binary and file substituted
 * check-command: klint-sparse ${file##*/} klint-sparse-not
 * check-output-start
pass.c klint-sparse-not
 * check-output-end
 */
END
t exit <<'END'
/*
 * check-name: exit value and stderr
 * check-command: sh -c 'echo warning >&2; exit 3'
 * check-exit-value: 3
 * check-error-start
warning
 * check-error-end
 */
END
t badout <<'END'
/*
 * check-name: wrong stdout
 * check-command: klint-sparse one
 * check-output-start
two
 * check-output-end
 */
END
t baderr <<'END'
/*
 * check-name: stray stderr and exit
 * check-command: sh -c 'echo oops >&2; exit 1'
 */
END
t known <<'END'
/*
 * check-name: known to fail
 * check-command: false
 * check-known-to-fail
 */
END
t xpass <<'END'
/*
 * check-name: known to fail but passes
 * check-command: true
 * check-known-to-fail
 */
END
t badtag <<'END'
/*
 * check-name: misspelt tag
 * check-exit-vaule: 1
 */
END
t helper <<'END'
int not_a_test;
END

V=0 KLINT=/bin/echo KLINT_ASAN='' KLINT_TIMEOUT=10 \
	sh "$(dirname "$0")/../run-tests.sh" "$tmp" >"$tmp/out"
echo "exit $?"
sed "s|$tmp/||g" "$tmp/out"
