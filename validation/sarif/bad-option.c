void f(void);

/*
 * check-name: --sarif without a file is an error, not passed to sparse
 * check-command: for o in --sarif --sarif= --sarifs=x; do klint-sparse $o $file 2>&1 >/dev/null | head -1; klint-sparse $o $file 2>/dev/null; echo "exit $?"; done
 *
 * check-output-start
klint-sparse: error: unknown option '--sarif' (klint-sparse --help lists them)
exit 2
klint-sparse: error: unknown option '--sarif=' (klint-sparse --help lists them)
exit 2
klint-sparse: error: unknown option '--sarifs=x' (klint-sparse --help lists them)
exit 2
 * check-output-end
 */
