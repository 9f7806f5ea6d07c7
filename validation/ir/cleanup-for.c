/*
 * A for statement's declaration: its initializer is expanded, an inline
 * constructor inlined (sparse-patches/0008), and its cleanup called when
 * the loop is left, by its condition or a break, but not at continue.
 */
void lock(int *l);
void unlock(int *l);
void work(int);

typedef struct { int *lock; } guard_t;

static inline guard_t guard_constructor(int *l)
{
	guard_t g = { l };

	lock(l);
	return g;
}

static inline void guard_destructor(guard_t *g)
{
	if (g->lock)
		unlock(g->lock);
}

void scoped(int *l, int n)
{
	for (guard_t g __attribute__((cleanup(guard_destructor))) = guard_constructor(l);
	     n > 0; n--) {
		if (n == 3)
			continue;
		if (n == 7)
			break;
		work(n);
	}
	work(0);
}

/*
 * check-name: cleanup of a for statement's declaration
 * check-description: guard_constructor() is inlined where the loop starts,
 *	guard_destructor() once where the loop is left, the test of its
 *	lock folded to the lock stored
 * check-command: klint-sparse --no-summary --dump-ir $file
 *
 * check-output-start
scoped:
.L0:
	<entry-point>
	# entry     guard_constructor, %arg1
	call        lock, %arg1
	# call      %r5 <- guard_constructor, %r1
	store.64    %arg1 -> 0[g]
	phisrc.32   %phi2(n) <- %arg2
	br          .L5

.L5:
	phi.32      %r21(n) <- %phi2(n), %phi3(n)
	setgt.32    %r7 <- %r21(n), $0
	cbr         %r7, .L2, .L4

.L2:
	seteq.32    %r9 <- %r21(n), $3
	cbr         %r9, .L3, .L7

.L7:
	seteq.32    %r11 <- %r21(n), $7
	cbr         %r11, .L4, .L9

.L9:
	call        work, %r21(n)
	br          .L3

.L3:
	add.32      %r14 <- %r21(n), $0xffffffff
	phisrc.32   %phi3(n) <- %r14
	br          .L5

.L4:
	# entry     guard_destructor, g
	cbr         %arg1, .L10, .L11

.L10:
	call        unlock, %arg1
	br          .L11

.L11:
	# call      guard_destructor, %r15
	call        work, $0
	ret


 * check-output-end
 */
