/*
 * check-name: sparse's errors do not cost a file its summary; a rewrite replaces the old one
 * check-command: t=$(mktemp -d) && cp $file $t/a.c && klint-sparse --summary=$t/a.o.klint $t/a.c 2>&1 | sed "s|$t|T|" && grep '^fn' $t/a.o.klint | sed "s|$t|T|" && printf 'void g(void)\n{\n}\nvoid h(void) {\n' >$t/a.c && klint-sparse --summary=$t/a.o.klint $t/a.c 2>/dev/null; echo "exit $?"; grep '^fn' $t/a.o.klint | sed "s|$t|T|"; ls -A $t; rm -rf $t
 *
 * check-output-start
fn compare global T/a.c:23:5
fn sleeper global T/a.c:28:6
exit 0
fn g global T/a.c:1:6
fn h global T/a.c:4:6
a.c
a.o.klint
 * check-output-end
 */
void msleep(unsigned int ms);

struct s {
	int __attribute__((noderef, address_space(__user))) *user;
	int *kernel;
};

/* sparse: "incompatible types in comparison expression". */
int compare(struct s *p)
{
	return p->user == p->kernel;
}

void sleeper(void)
{
	msleep(1);
}
