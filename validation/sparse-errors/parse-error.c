#include "../include/kapi.h"

static spinlock_t l;

void broken(void)
{
	spin_lock(&l);
	msleep(1)
	spin_unlock(&l);
}

void sleeps(void)
{
	spin_lock(&l);
	msleep(1);
	spin_unlock(&l);
}

/*
 * check-name: a function sparse could not parse gets one note
 * check-description: the parse error itself is sparse's, muted; the
 *	note says which function the analysis may have lost code of,
 *	once, however many errors sparse gave for it.
 *
 * check-error-start
sparse-errors/parse-error.c:8:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
sparse-errors/parse-error.c:7:9: note: spin_lock() acquires a spinlock here
sparse-errors/parse-error.c:15:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
sparse-errors/parse-error.c:14:9: note: spin_lock() acquires a spinlock here
sparse-errors/parse-error.c:9:9: note: sparse could not parse broken() here (Expected ; at end of statement): klint-sparse's analysis of it may be incomplete
 * check-error-end
 */
