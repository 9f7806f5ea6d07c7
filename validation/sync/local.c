/*
 * check-name: synchronous callbacks whose API is in the file
 *
 * check-error-start
sync/local.c:59:9: warning: mutex_lock() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
sync/local.c:78:9: note: sleepy_thing() is passed to walk_things() here, which calls it while a spinlock is held
sync/local.c:77:9: note: spin_lock() acquires a spinlock here
sync/local.c:72:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
sync/local.c:92:9: note: busy_thing() is passed to walk_busy() here, which calls it while a spinlock is held
sync/local.c:46:9: note: it is handed on to walk_things_locked() here, which calls it while a spinlock is held
sync/local.c:37:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
#include "../include/kapi.h"

struct thing {
	struct thing *next;
	int busy;
};

static spinlock_t lock;
static spinlock_t walk_lock;
static struct mutex m;

/* Calls @fn for each thing: in its caller's state. */
static void walk_things(struct thing *t, void (*fn)(struct thing *, int))
{
	void (*each)(struct thing *, int) = fn;

	for (; t; t = t->next)
		each(t, 0);
}

/* Takes its own lock around the callback. */
static void walk_things_locked(struct thing *t, void (*fn)(struct thing *, int))
{
	spin_lock(&walk_lock);
	for (; t; t = t->next)
		fn(t, 0);
	spin_unlock(&walk_lock);
}

/* Hands its callback on to the walker. */
static void walk_busy(struct thing *t, void (*fn)(struct thing *, int))
{
	walk_things_locked(t, fn);
}

/* Sleeps only when told it may. */
static void flush_thing(struct thing *t, int may_sleep)
{
	if (may_sleep)
		msleep(1);
	t->busy = 0;
}

static void sleepy_thing(struct thing *t, int unused)
{
	mutex_lock(&m);
	t->busy = unused;
	mutex_unlock(&m);
}

static void quick_thing(struct thing *t, int unused)
{
	udelay(1);
	t->busy = unused;
}

static void busy_thing(struct thing *t, int unused)
{
	msleep(1);
}

void under_lock(struct thing *t)
{
	spin_lock(&lock);
	walk_things(t, sleepy_thing);
	walk_things(t, quick_thing);
	walk_things(t, flush_thing);
	spin_unlock(&lock);
}

/* Silent: a task calls the walker, which holds nothing. */
void from_task(struct thing *t)
{
	walk_things(t, sleepy_thing);
}

void own_lock(struct thing *t)
{
	walk_busy(t, busy_thing);
	walk_things_locked(t, quick_thing);
}

/*
 * Drops the lock its caller holds, if the walker calls it at all: the sleep
 * after is "possibly" atomic (-Wmaybe-atomic-sleep), not a report.
 */
static void drop_lock(struct thing *t, int unused)
{
	spin_unlock(&lock);
}

void dropped_by_callback(struct thing *t)
{
	spin_lock(&lock);
	walk_things(t, drop_lock);
	msleep(1);
}
