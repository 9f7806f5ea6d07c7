#include "../../include/kapi.h"

struct thing {
	struct thing *next;
	int busy;
};

static spinlock_t walk_lock;
static struct mutex m;

/* Calls @fn for each thing in its caller's state. */
void walk_things(struct thing *t, void (*fn)(struct thing *, int))
{
	for (; t; t = t->next)
		fn(t, 1);
}

/* Calls @fn with its own spinlock held, and tells it it may not sleep. */
void walk_things_locked(struct thing *t, void (*fn)(struct thing *, int))
{
	spin_lock(&walk_lock);
	for (; t; t = t->next)
		fn(t, 0);
	spin_unlock(&walk_lock);
}

/* A callback for other files' walkers. */
void thing_sync(struct thing *t, int unused)
{
	mutex_lock(&m);
	t->busy = unused;
	mutex_unlock(&m);
}
