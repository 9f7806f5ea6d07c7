/*
 * A variable with a cleanup inside an inlined function: a return there
 * releases it and no variable of the caller, whose own are released
 * where the caller leaves their scope.
 */
void release(int *p);
void work(int);

static inline int helper(int x)
{
	int h __attribute__((cleanup(release))) = x;

	if (x)
		return 1;
	work(h);
	return 0;
}

int caller(int x)
{
	int c __attribute__((cleanup(release))) = x;

	return helper(x) + helper(c);
}

/*
 * check-name: cleanup in an inlined function
 * check-description: each inlined copy of helper() releases its own h at
 *	both of its returns; caller() releases c after the sum is computed
 * check-command: klint-sparse --no-summary --dump-ir $file
 *
 * check-output-start
caller:
.L0:
	<entry-point>
	store.32    %arg1 -> 0[c]
	# entry     helper, %arg1
	store.32    %arg1 -> 0[h]
	setne.32    %r7 <- %arg1, $0
	cbr         %arg1, .L2, .L3

.L2:
	call        release, h
	br          .L4

.L3:
	call        work, %arg1
	call        release, h
	br          .L4

.L4:
	# call      %r7 <- helper, %r2
	load.32     %r10 <- 0[c]
	# entry     helper, %r10
	store.32    %r10 -> 0[h]
	setne.32    %r15 <- %r10, $0
	cbr         %r10, .L5, .L6

.L5:
	call        release, h
	br          .L7

.L6:
	call        work, %r10
	call        release, h
	br          .L7

.L7:
	# call      %r15 <- helper, %r10
	add.32      %r18 <- %r7, %r15
	call        release, c
	ret.32      %r18


 * check-output-end
 */
