void f(void);
/*
 * check-name: unknown options of ours: one line each, exit 2
 * check-description: a long option neither ours nor sparse's, and a -W
 *	option within two edits of one of our categories, are errors; the
 *	rest of -W goes to sparse as before.
 * check-command: for o in --bogus --dump-summary -Wno-atomic-slep -Wmaybe-atomic-sleeps --kernel-versio=6.1; do klint-sparse $o $file; echo "exit $?"; done 2>&1
 *
 * check-output-start
klint-sparse: error: unknown option '--bogus' (klint-sparse --help lists them)
exit 2
klint-sparse: error: unknown option '--dump-summary' (klint-sparse --help lists them)
exit 2
klint-sparse: error: unknown option '-Wno-atomic-slep'; did you mean '-Wno-atomic-sleep'?
exit 2
klint-sparse: error: unknown option '-Wmaybe-atomic-sleeps'; did you mean '-Wmaybe-atomic-sleep'?
exit 2
klint-sparse: error: unknown option '--kernel-versio=6.1' (klint-sparse --help lists them)
exit 2
 * check-output-end
 */
