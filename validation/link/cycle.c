/*
 * check-name: recursion across files: ping() and pong() in two files
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/cycle-b.c
 *
 * check-error-start
link/cycle.c:26:9: warning: ping() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/cycle.c:25:9: note: spin_lock() acquires a spinlock here
link/cycle.c:20:9: note: ping() calls pong()
link/inputs/cycle-b.c:11:17: note: pong() calls msleep(), which may sleep
 * check-error-end
 */
#include "../include/kapi.h"

void pong(int n);

static spinlock_t lock;

void ping(int n)
{
	pong(n);
}

void ping_under_lock(void)
{
	spin_lock(&lock);
	ping(3);
	spin_unlock(&lock);
}
