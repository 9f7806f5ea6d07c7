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
 * check-name: unparsable C gets one note instead of sparse's errors, the rest is still checked
 *
 * check-error-start
bad-input/unparsable.c:8:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
bad-input/unparsable.c:7:9: note: spin_lock() acquires a spinlock here
bad-input/unparsable.c:13:1: note: sparse could not parse this (Expected ) in function declarator): what it declares is not analysed
 * check-error-end
 */
