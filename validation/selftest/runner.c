/*
 * The test runner's own test: selftest/runner.sh runs run-tests.sh on
 * tests that pass and fail in known ways; this is what it must report.
 *
 * check-name: run-tests.sh self-test
 * check-command: sh selftest/runner.sh
 *
 * check-output-start
exit 1
klint-sparse: /bin/echo
FAIL    stray stderr and exit (baderr.c)
    command (plain): cd validation && file=baderr.c sh -c 'echo oops >&2; exit 1'
    exit value: expected 0, got 1
    --- expected stderr
    +++ actual stderr
    @@ -0,0 +1 @@
    +oops
FAIL    wrong stdout (badout.c)
    command (plain): cd validation && file=badout.c '/bin/echo' one
    --- expected stdout
    +++ actual stdout
    @@ -1 +1 @@
    -two
    +one
FAIL    misspelt tag (badtag.c): bad test
    badtag.c:3: unknown tag check-exit-vaule
note: helper.c has no check-name: not a test
XPASS   known to fail but passes (xpass.c): passes; take check-known-to-fail off
1 known to fail
2 passed, 4 failed
 * check-output-end
 */
