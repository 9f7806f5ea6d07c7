#include "../include/refcount.h"

struct conn {
	refcount_t ref;
	struct mutex m;
	void *buf;
};

static spinlock_t lock;

/* Sleeps on every call, and on the last put too: any caller's bug. */
static void conn_close(struct conn *c)
{
	mutex_lock(&c->m);
	mutex_unlock(&c->m);
	if (refcount_dec_and_test(&c->ref))
		vfree(c->buf);
}

/* The last put first, then a sleep on every path: still any caller's bug. */
static void conn_drop(struct conn *c)
{
	if (refcount_dec_and_test(&c->ref))
		vfree(c->buf);
	msleep(1);
}

void close_locked(struct conn *c)
{
	spin_lock(&lock);
	conn_close(c);
	spin_unlock(&lock);
}

void drop_locked(struct conn *c)
{
	spin_lock(&lock);
	conn_drop(c);
	spin_unlock(&lock);
}

/*
 * check-name: a function that sleeps on every path and on its last put
 *
 * check-error-start
lastref/mixed.c:31:9: warning: conn_close() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lastref/mixed.c:30:9: note: spin_lock() acquires a spinlock here
lastref/mixed.c:14:9: note: conn_close() calls mutex_lock(), which may sleep
lastref/mixed.c:38:9: warning: conn_drop() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lastref/mixed.c:37:9: note: spin_lock() acquires a spinlock here
lastref/mixed.c:25:9: note: conn_drop() calls msleep(), which may sleep
 * check-error-end
 */
