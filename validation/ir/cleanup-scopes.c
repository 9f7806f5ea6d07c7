/*
 * The cleanup attribute as sparse-patches/0006-0007 linearize it: fn(&var)
 * at every exit of var's scope, innermost variable first.
 */
void release(int *p);
void work(int);

int block_and_return(int x)
{
	int a __attribute__((cleanup(release))) = 1;
	{
		int b __attribute__((cleanup(release))) = 2;
		int c __attribute__((cleanup(release))) = 3;

		work(b + c);
	}
	if (x)
		return x + a;
	work(a);
	return 0;
}

int statement_expression(void)
{
	return ({ int t __attribute__((cleanup(release))) = 4; t + 1; });
}

/*
 * check-name: cleanup at the end of blocks and at return
 * check-description: b and c are released at their block's end, c first;
 *	a at each return, after the return value is computed; a statement
 *	expression's value is computed before its variable is released
 * check-command: klint-sparse --no-summary --dump-ir $file
 *
 * check-output-start
block_and_return:
.L0:
	<entry-point>
	store.32    $1 -> 0[a]
	store.32    $2 -> 0[b]
	store.32    $3 -> 0[c]
	call        work, $5
	call        release, c
	call        release, b
	cbr         %arg1, .L1, .L2

.L1:
	load.32     %r9 <- 0[a]
	add.32      %r10 <- %r9, %arg1
	call        release, a
	phisrc.32   %phi1(return) <- %r10
	br          .L3

.L2:
	load.32     %r13 <- 0[a]
	call        work, %r13
	call        release, a
	phisrc.32   %phi2(return) <- $0
	br          .L3

.L3:
	phi.32      %r12 <- %phi1(return), %phi2(return)
	ret.32      %r12


statement_expression:
.L4:
	<entry-point>
	store.32    $4 -> 0[t]
	call        release, t
	ret.32      $5


 * check-output-end
 */
