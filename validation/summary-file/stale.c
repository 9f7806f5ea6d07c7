/*
 * check-name: a file sparse cannot parse leaves no summary, not a stale one
 * check-command: t=$(mktemp -d) && echo 'void f(void) { }' >$t/a.c && klint-sparse --summary=$t/a.o.klint $t/a.c && ls $t && echo 'void f(void) { ' >$t/a.c && klint-sparse --summary=$t/a.o.klint $t/a.c 2>/dev/null; echo "exit $?"; ls $t; rm -rf $t
 *
 * check-output-start
a.c
a.o.klint
exit 0
a.c
 * check-output-end
 */
