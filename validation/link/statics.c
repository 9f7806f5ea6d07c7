/*
 * check-name: static functions are told apart by their file; a warning the file already gave is not repeated
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/statics-b.c
 *
 * check-error-start
link/statics.c:28:9: warning: helper() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/statics.c:27:9: note: spin_lock() acquires a spinlock here
link/statics.c:21:9: note: helper() calls msleep(), which may sleep
 * check-error-end
 */
#include "../include/kapi.h"

void b_entry(void);
void elsewhere(void);

static spinlock_t lock;

static void helper(void)
{
	elsewhere();
	msleep(1);
}

/* Reported by klint-sparse; the link step must not say it again. */
void calls_sleeping_helper_locked(void)
{
	spin_lock(&lock);
	helper();
	spin_unlock(&lock);
}

/* Silent: b_entry() reaches statics-b.c's helper(), which only waits. */
void calls_b_locked(void)
{
	spin_lock(&lock);
	b_entry();
	spin_unlock(&lock);
}
