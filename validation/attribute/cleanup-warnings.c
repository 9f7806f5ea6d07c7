void release(int *p);

void warned(int x)
{
	static int d __attribute__((cleanup(release)));
	long e __attribute__((cleanup(release))) = 4;
	int f __attribute__((cleanup(release))), g = 5;

	if (x)
		return;
	d = x;
}

/*
 * check-name: the cleanup attribute on a static variable, a type mismatch
 * check-description: a static variable's attribute is ignored, with a
 *	warning; a mismatch of the argument's type is reported once, at the
 *	declaration, not at each of the two exits; an attribute after a
 *	declarator applies to it alone (g has none)
 * check-command: klint-sparse --no-summary --sparse-warnings --dump-ir $file
 *
 * check-output-start
warned:
.L0:
	<entry-point>
	store.64    $4 -> 0[e]
	ptrcast.64  %r5 <- (64) e
	cbr         %arg1, .L1, .L2

.L1:
	call        release, f
	call        release, %r5
	br          .L3

.L2:
	store.32    %arg1 -> 0[d]
	call        release, f
	call        release, %r5
	br          .L3

.L3:
	ret


 * check-output-end
 *
 * check-error-start
attribute/cleanup-warnings.c:5:20: warning: 'cleanup' attribute ignored: 'd' is not an automatic variable
attribute/cleanup-warnings.c:6:14: warning: incorrect type in argument 1 (different type sizes)
attribute/cleanup-warnings.c:6:14:    expected int *p
attribute/cleanup-warnings.c:6:14:    got long *
attribute/cleanup-warnings.c:3:6: warning: symbol 'warned' was not declared. Should it be static?
 * check-error-end
 */
