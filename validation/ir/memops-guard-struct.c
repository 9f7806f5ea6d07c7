/*
 * The loads a guard's destructor makes, forwarded from what the
 * constructor stored: through the entry markers of the inlined calls
 * that were passed the guard's address (sparse-patches/0009), and from
 * the source of a two-word struct copy (sparse-patches/0010).
 */
void lock(int *l);
void unlock(int *l, unsigned long flags);
unsigned long save(void);
void work(int);

typedef struct { int *lock; unsigned long flags; } guard_t;

static inline guard_t guard_constructor(int *l)
{
	guard_t t = { .lock = l };

	t.flags = save();
	lock(l);
	return t;
}

static inline void guard_destructor(guard_t *g)
{
	if (g->lock)
		unlock(g->lock, g->flags);
}

void user(int *l)
{
	guard_t g __attribute__((cleanup(guard_destructor))) = guard_constructor(l);

	work(1);
}

/*
 * check-name: a guard's lock forwarded from its constructor's store
 * check-description: the destructor's test of the lock is a test of the
 *	argument, although work() is called in between and the struct was
 *	copied whole; the flags are loaded in the block of the release
 * check-command: klint-sparse --no-summary --dump-ir $file
 *
 * check-output-start
user:
.L0:
	<entry-point>
	# entry     guard_constructor, %arg1
	store.128   $0 -> 0[t]
	store.64    %arg1 -> 0[t]
	call.64     %r3 <- save
	store.64    %r3 -> 8[t]
	call        lock, %arg1
	load.128    %r5 <- 0[t]
	# call      %r6 <- guard_constructor, %r1
	store.128   %r5 -> 0[g]
	call        work, $1
	# entry     guard_destructor, g
	cbr         %arg1, .L2, .L4

.L2:
	call        unlock, %arg1, %r3
	br          .L4

.L4:
	ret


 * check-output-end
 */
