void f(void);
/*
 * check-name: an unknown option of ours is an error, not passed to sparse
 * check-command: klint-sparse --annotationz=x $file 2>&1 >/dev/null | head -1; klint-sparse --annotationz=x $file 2>/dev/null; echo "exit $?"
 *
 * check-output-start
klint-sparse: error: unknown option '--annotationz=x' (klint-sparse --help lists them)
exit 2
 * check-output-end
 */
