#include "../include/kapi.h"

static spinlock_t l;

void fine(void)
{
	spin_lock(&l);
	msleep(1);
	spin_unlock(&l);
}

void broken(void
{
	spin_lock(&l);
}

/*
 * check-name: unparsable C gives sparse's errors, the rest is still checked
 *
 * check-error-start
bad-input/unparsable.c:13:1: error: Expected ) in function declarator
bad-input/unparsable.c:13:1: error: got {
bad-input/unparsable.c:15:1: error: Expected ; at the end of type declaration
bad-input/unparsable.c:15:1: error: got }
bad-input/unparsable.c:8:9: warning: msleep() may sleep while a spinlock is held (preempt count 1) [-Watomic-sleep]
bad-input/unparsable.c:7:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
