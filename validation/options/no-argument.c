/*
 * check-name: no argument prints the usage, exit 2
 * check-command: klint-sparse 2>&1 | head -1; klint-sparse 2>/dev/null; echo "exit $?"
 *
 * check-output-start
usage: klint-sparse [options] [gcc/sparse options] FILE.c...
exit 2
 * check-output-end
 */
