void f(void);

/*
 * check-name: --sarif=FILE in a directory that does not exist
 * check-command: klint-sparse --sarif=sarif/no-such-dir/out.sarif $file; rc=$?; ls -d sarif/no-such-dir* 2>/dev/null; exit $rc
 * check-exit-value: 2
 *
 * check-error-start
klint-sparse: error: cannot write sarif/no-such-dir/out.sarif: No such file or directory
 * check-error-end
 */
