void f(void);

/*
 * check-name: --sarif=FILE that cannot be replaced: no temporary file left
 * check-command: t=$(mktemp -d) && mkdir "$t/out.sarif" && { klint-sparse --sarif="$t/out.sarif" $file 2>"$t/err"; rc=$?; sed "s|$t|/TMP|" "$t/err" >&2; ls -A "$t"; ls -A "$t/out.sarif"; rm -rf "$t"; exit $rc; }
 * check-exit-value: 2
 *
 * check-output-start
err
out.sarif
 * check-output-end
 *
 * check-error-start
klint-sparse: error: cannot write /TMP/out.sarif: Is a directory
 * check-error-end
 */
