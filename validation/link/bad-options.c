/*
 * check-name: klint-link's bad command lines and missing inputs
 * check-command: for a in --bogus -o "--baseline=link/no-such.db link" "link/no-such-dir"; do klint-link $a 2>&1 | head -1; klint-link $a >/dev/null 2>&1; echo "exit $?"; done
 *
 * check-output-start
klint-link: error: unknown option '--bogus' (klint-link --help lists them)
exit 2
klint-link: error: -o needs a file
exit 2
klint-link: error: cannot read link/no-such.db: No such file or directory
exit 2
klint-link: error: cannot read link/no-such-dir: No such file or directory
exit 1
 * check-output-end
 */
