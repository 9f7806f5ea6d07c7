void release(int *p);
void two(int *p, int x);
int not_a_function;

void bad_uses(void)
{
	int a __attribute__((cleanup(undeclared))) = 1;
	int b __attribute__((cleanup(not_a_function))) = 2;
	int c __attribute__((cleanup(two))) = 3;
}

/*
 * check-name: the cleanup attribute wants a declared function of one argument
 * check-description: each wrong argument is an error, and the attribute is
 *	dropped: no call is made
 * check-command: klint-sparse --no-summary --sparse-warnings --dump-ir $file
 *
 * check-output-start
bad_uses:
.L0:
	<entry-point>
	ret


 * check-output-end
 *
 * check-error-start
attribute/cleanup.c:7:38: error: cleanup argument 'undeclared' not declared
attribute/cleanup.c:8:38: error: cleanup argument 'not_a_function' not a function
attribute/cleanup.c:9:13: error: cleanup function 'two' must take one argument
 * check-error-end
 */
