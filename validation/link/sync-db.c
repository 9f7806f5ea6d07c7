/*
 * check-name: synchronous callbacks through a database: the walker's summary says how it calls them
 * check-command: t=$(mktemp -d) && klint-sparse --summary=$t/walker.o.klint link/inputs/walker.c && klint-link -o $t/walker.db $t && klint-sparse --no-summary --db=$t/walker.db $file; rc=$?; rm -rf $t; exit $rc
 *
 * check-error-start
link/sync-db.c:29:9: warning: mutex_lock() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/sync-db.c:50:9: note: sleepy_thing() is passed to walk_things() here, which calls it while a spinlock is held
link/sync-db.c:49:9: note: spin_lock() acquires a spinlock here
link/sync-db.c:36:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/sync-db.c:56:9: note: sleepy_other() is passed to walk_things_locked() here, which calls it while a spinlock is held
link/inputs/walker.c:21:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
#include "../include/kapi.h"

struct thing {
	struct thing *next;
	int busy;
};

void walk_things(struct thing *t, void (*fn)(struct thing *, int));
void walk_things_locked(struct thing *t, void (*fn)(struct thing *, int));

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

/* Sleeps only when told it may; walk_things_locked() says it may not. */
static void flush_thing(struct thing *t, int may_sleep)
{
	if (may_sleep)
		msleep(1);
	t->busy = 0;
}

void under_lock(struct thing *t)
{
	spin_lock(&lock);
	walk_things(t, sleepy_thing);
	spin_unlock(&lock);
}

void walker_locks(struct thing *t)
{
	walk_things_locked(t, sleepy_other);
	walk_things_locked(t, flush_thing);
}
