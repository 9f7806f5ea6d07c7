#include "../include/kapi.h"

struct inode;
void mark_dirty(struct inode *inode, int flags);
void mark_dirty_twice(struct inode *inode, int flags);
int wait_for(int fast_us, int slow_ms);
int reg(int type);

static spinlock_t lock;
static int chosen;

void pages_only(struct inode *inode)
{
	spin_lock(&lock);
	mark_dirty(inode, 4);
	mark_dirty_twice(inode, 4);
	spin_unlock(&lock);
}

void inode_dirty(struct inode *inode)
{
	spin_lock(&lock);
	mark_dirty(inode, 1);
	spin_unlock(&lock);
}

void inode_dirty_twice(struct inode *inode)
{
	spin_lock(&lock);
	mark_dirty_twice(inode, 2);
	spin_unlock(&lock);
}

void fast_wait(void)
{
	spin_lock(&lock);
	wait_for(10, 0);
	spin_unlock(&lock);
}

void slow_wait(void)
{
	spin_lock(&lock);
	wait_for(10, 5);
	spin_unlock(&lock);
}

void unknown_wait(void)
{
	spin_lock(&lock);
	wait_for(10, chosen);
	spin_unlock(&lock);
}

void reg_quiet(void)
{
	spin_lock(&lock);
	reg(1);
	spin_unlock(&lock);
}

void reg_sleeps(void)
{
	spin_lock(&lock);
	reg(0);
	spin_unlock(&lock);
}

/*
 * check-name: values that decide a sleep, across files
 * check-description: a function in another file that sleeps only for
 *	some values of an argument (a flag bit, a zero timeout, a switch
 *	case) is silent when a caller passes a value that rules the sleep
 *	out, directly or through a wrapper that hands its argument on, and
 *	reported when the value allows it or is not known.
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/flags.c && echo "== through a database" >&2 && t=$(mktemp -d) && klint-sparse --summary=$t/a.o.klint link/inputs/flags.c && klint-link -o $t/db $t && klint-sparse --db=$t/db $file; rc=$?; rm -rf $t; exit $rc
 *
 * check-error-start
link/value-cases.c:23:9: warning: mark_dirty() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/value-cases.c:22:9: note: spin_lock() acquires a spinlock here
link/inputs/flags.c:30:27: note: mark_dirty() calls super_operations->dirty_inode()
link/inputs/flags.c:23:24: note: super_operations.dirty_inode may be fs_dirty_inode(), stored here
link/inputs/flags.c:18:9: note: fs_dirty_inode() calls mutex_lock(), which may sleep
link/value-cases.c:30:9: warning: mark_dirty_twice() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/value-cases.c:29:9: note: spin_lock() acquires a spinlock here
link/inputs/flags.c:60:9: note: mark_dirty_twice() calls mark_dirty()
link/inputs/flags.c:30:27: note: mark_dirty() calls super_operations->dirty_inode()
link/inputs/flags.c:23:24: note: super_operations.dirty_inode may be fs_dirty_inode(), stored here
link/inputs/flags.c:18:9: note: fs_dirty_inode() calls mutex_lock(), which may sleep
link/value-cases.c:44:9: warning: wait_for() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/value-cases.c:43:9: note: spin_lock() acquires a spinlock here
link/inputs/flags.c:37:17: note: wait_for() calls msleep(), which may sleep
link/value-cases.c:51:9: warning: wait_for() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/value-cases.c:50:9: note: spin_lock() acquires a spinlock here
link/inputs/flags.c:37:17: note: wait_for() calls msleep(), which may sleep
link/value-cases.c:65:9: warning: reg() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/value-cases.c:64:9: note: spin_lock() acquires a spinlock here
link/inputs/flags.c:48:17: note: reg() calls mutex_lock(), which may sleep
== through a database
link/value-cases.c:23:9: warning: mark_dirty() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/value-cases.c:22:9: note: spin_lock() acquires a spinlock here
link/inputs/flags.c:30:27: note: mark_dirty() calls super_operations->dirty_inode()
link/inputs/flags.c:23:24: note: super_operations.dirty_inode may be fs_dirty_inode(), stored here
link/inputs/flags.c:18:9: note: fs_dirty_inode() calls mutex_lock(), which may sleep
link/value-cases.c:30:9: warning: mark_dirty_twice() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/value-cases.c:29:9: note: spin_lock() acquires a spinlock here
link/inputs/flags.c:60:9: note: mark_dirty_twice() calls mark_dirty()
link/inputs/flags.c:30:27: note: mark_dirty() calls super_operations->dirty_inode()
link/inputs/flags.c:23:24: note: super_operations.dirty_inode may be fs_dirty_inode(), stored here
link/inputs/flags.c:18:9: note: fs_dirty_inode() calls mutex_lock(), which may sleep
link/value-cases.c:44:9: warning: wait_for() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/value-cases.c:43:9: note: spin_lock() acquires a spinlock here
link/inputs/flags.c:37:17: note: wait_for() calls msleep(), which may sleep
link/value-cases.c:51:9: warning: wait_for() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/value-cases.c:50:9: note: spin_lock() acquires a spinlock here
link/inputs/flags.c:37:17: note: wait_for() calls msleep(), which may sleep
link/value-cases.c:65:9: warning: reg() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/value-cases.c:64:9: note: spin_lock() acquires a spinlock here
link/inputs/flags.c:48:17: note: reg() calls mutex_lock(), which may sleep
 * check-error-end
 */
