/*
 * check-name: synchronous callbacks across files: the walker, or the callback, in another file
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/walker.c
 *
 * check-error-start
link/inputs/walker.c:30:9: warning: thing_sync() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/sync-elsewhere.c:91:9: note: thing_sync() is passed to local_walk() here, which calls it while a spinlock is held
link/sync-elsewhere.c:61:9: note: spin_lock() acquires a spinlock here
link/inputs/walker.c:30:9: note: thing_sync() calls mutex_lock(), which may sleep
link/sync-elsewhere.c:36:9: warning: sleepy_thing() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/sync-elsewhere.c:70:9: note: sleepy_thing() is passed to walk_things() here, which calls it while a spinlock is held
link/sync-elsewhere.c:69:9: note: spin_lock() acquires a spinlock here
link/sync-elsewhere.c:36:9: note: sleepy_thing() calls mutex_lock(), which may sleep
link/sync-elsewhere.c:43:9: warning: sleepy_other() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/sync-elsewhere.c:83:9: note: sleepy_other() is passed to walk_things_locked() here, which calls it while a spinlock is held
link/inputs/walker.c:21:9: note: spin_lock() acquires a spinlock here
link/sync-elsewhere.c:43:9: note: sleepy_other() calls msleep(), which may sleep
 * check-error-end
 */
#include "../include/kapi.h"

struct thing {
	struct thing *next;
	int busy;
};

void walk_things(struct thing *t, void (*fn)(struct thing *, int));
void walk_things_locked(struct thing *t, void (*fn)(struct thing *, int));
void thing_sync(struct thing *t, int unused);

static spinlock_t lock;
static struct mutex m;

static void sleepy_thing(struct thing *t, int unused)
{
	mutex_lock(&m);
	t->busy = unused;
	mutex_unlock(&m);
}

static void sleepy_other(struct thing *t, int unused)
{
	msleep(unused);
}

static void quick_thing(struct thing *t, int unused)
{
	t->busy = unused;
}

/* Sleeps only when told it may; walk_things_locked() says it may not. */
void flush_thing(struct thing *t, int may_sleep)
{
	if (may_sleep)
		msleep(1);
	t->busy = 0;
}

static void local_walk(struct thing *t, void (*fn)(struct thing *, int))
{
	spin_lock(&lock);
	for (; t; t = t->next)
		fn(t, 0);
	spin_unlock(&lock);
}

void under_lock(struct thing *t)
{
	spin_lock(&lock);
	walk_things(t, sleepy_thing);
	walk_things(t, quick_thing);
	spin_unlock(&lock);
}

/* Silent: nothing is held. */
void in_a_task(struct thing *t)
{
	walk_things(t, sleepy_thing);
}

void walker_locks(struct thing *t)
{
	walk_things_locked(t, sleepy_other);
	walk_things_locked(t, quick_thing);
	walk_things_locked(t, flush_thing);
}

/* The callback is in the other file, the walker here. */
void local_walker(struct thing *t)
{
	local_walk(t, thing_sync);
}
