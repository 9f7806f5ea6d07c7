/*
 * check-name: klint-link cannot write its database: exit 2, no file left behind
 * check-command: t=$(mktemp -d) && klint-sparse --summary=$t/a.o.klint $file && mkdir $t/db && klint-link -o $t/db $t/a.o.klint 2>&1 | sed "s|$t|T|g"; klint-link -o $t/db $t/a.o.klint 2>/dev/null; echo "exit $?"; klint-link -o $t/no/such/dir/db $t/a.o.klint 2>&1 | sed "s|$t|T|g"; ls -A $t $t/db | sed "s|$t|T|g"; rm -rf $t
 *
 * check-output-start
klint-link: error: cannot write T/db: Is a directory
exit 2
klint-link: error: cannot write T/no/such/dir/db: No such file or directory
T:
a.o.klint
db

T/db:
 * check-output-end
 */
void f(void)
{
}
