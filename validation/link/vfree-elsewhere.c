/*
 * check-name: a wrapper around vfree() in another file sleeps only in task context
 * check-description: vbuf_free()'s summary keeps vfree()'s waiver
 *	(interrupt-ok): under spin_lock_bh() and in an RCU callback it is
 *	fine, under a plain spinlock it is not; vbuf_free_slow() also calls
 *	msleep() and loses the waiver.  Also through a database.
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/vbuf.c && echo "== through a database" >&2 && t=$(mktemp -d) && klint-sparse --summary=$t/a.o.klint link/inputs/vbuf.c && klint-link -o $t/db $t && grep -c 'interrupt-ok' $t/db && klint-sparse --db=$t/db $file; rc=$?; rm -rf $t; exit $rc
 *
 * check-output-start
1
 * check-output-end
 *
 * check-error-start
link/vfree-elsewhere.c:43:9: warning: vbuf_free() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/vfree-elsewhere.c:42:9: note: spin_lock() acquires a spinlock here
link/inputs/vbuf.c:8:9: note: vbuf_free() calls vfree(), which may sleep
link/vfree-elsewhere.c:57:9: warning: vbuf_free_slow() may sleep while a spinlock is held (preempt count 0x201) [-Watomic-sleep]
link/vfree-elsewhere.c:56:9: note: spin_lock_bh() acquires a spinlock here
link/inputs/vbuf.c:14:9: note: vbuf_free_slow() calls msleep(), which may sleep
== through a database
link/vfree-elsewhere.c:43:9: warning: vbuf_free() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/vfree-elsewhere.c:42:9: note: spin_lock() acquires a spinlock here
link/inputs/vbuf.c:8:9: note: vbuf_free() calls vfree(), which may sleep
link/vfree-elsewhere.c:57:9: warning: vbuf_free_slow() may sleep while a spinlock is held (preempt count 0x201) [-Watomic-sleep]
link/vfree-elsewhere.c:56:9: note: spin_lock_bh() acquires a spinlock here
link/inputs/vbuf.c:14:9: note: vbuf_free_slow() calls msleep(), which may sleep
 * check-error-end
 */
#include "../include/kapi.h"

struct rcu_head { void *next; };
void call_rcu(struct rcu_head *head, void (*func)(struct rcu_head *));
void vbuf_free(void *p);
void vbuf_free_slow(void *p);

static spinlock_t lock;
static void *buf;
static struct rcu_head rh;

void free_locked(void)
{
	spin_lock(&lock);
	vbuf_free(buf);
	spin_unlock(&lock);
}

void free_bh_locked(void)
{
	spin_lock_bh(&lock);
	vbuf_free(buf);
	spin_unlock_bh(&lock);
}

void free_slow_bh_locked(void)
{
	spin_lock_bh(&lock);
	vbuf_free_slow(buf);
	spin_unlock_bh(&lock);
}

static void free_rcu(struct rcu_head *head)
{
	vbuf_free(buf);
}

void release(void)
{
	call_rcu(&rh, free_rcu);
}
