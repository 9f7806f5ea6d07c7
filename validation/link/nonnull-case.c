#include "../include/kapi.h"

struct lock_obj;
struct list {
	struct list *next;
};

void free_lock(struct lock_obj *l);

static spinlock_t ctx_lock;

/* Queues the lock on @dispose, to be freed after the unlock; or frees it now */
static void delete_lock(struct lock_obj *l, struct list *dispose)
{
	if (dispose)
		dispose->next = dispose;
	else
		free_lock(l);
}

void remove_lock(struct lock_obj *l)
{
	struct list dispose;

	spin_lock(&ctx_lock);
	delete_lock(l, &dispose);
	spin_unlock(&ctx_lock);
}

void remove_lock_now(struct lock_obj *l)
{
	spin_lock(&ctx_lock);
	delete_lock(l, NULL);
	spin_unlock(&ctx_lock);
}

/* Hands its caller's list on: the case follows the argument */
void modify_lock(struct lock_obj *l, struct list *dispose)
{
	delete_lock(l, dispose);
}

void modify_under_lock(struct lock_obj *l)
{
	struct list dispose;

	spin_lock(&ctx_lock);
	modify_lock(l, &dispose);
	spin_unlock(&ctx_lock);
}

/*
 * check-name: a pointer that is an object's address is not NULL, across files
 * check-description: delete_lock() frees the lock (a sleep, in another
 *	file) only when its list is NULL; callers that pass &dispose, directly
 *	or through a wrapper that hands its argument on, are silent under a
 *	spinlock, and one that passes NULL is reported.
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/lock-free.c
 *
 * check-error-start
link/nonnull-case.c:33:9: warning: delete_lock() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/nonnull-case.c:32:9: note: spin_lock() acquires a spinlock here
link/nonnull-case.c:18:17: note: delete_lock() calls free_lock()
link/inputs/lock-free.c:8:9: note: free_lock() calls msleep(), which may sleep
 * check-error-end
 */
