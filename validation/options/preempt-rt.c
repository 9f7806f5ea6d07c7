#include "../include/kapi.h"

static spinlock_t l;
static raw_spinlock_t raw;

void sleeps_under_spinlock(void)
{
	spin_lock(&l);
	msleep(1);
	spin_unlock(&l);
}

void sleeps_under_raw(void)
{
	_raw_spin_lock(&raw);
	msleep(1);
	_raw_spin_unlock(&raw);
}

void spinlock_under_raw(spinlock_t *sl)
{
	_raw_spin_lock(&raw);
	spin_lock(sl);
	spin_unlock(sl);
	_raw_spin_unlock(&raw);
}

/*
 * check-name: PREEMPT_RT: spinlock_t sleeps, raw locks stay atomic
 * check-command: klint-sparse --preempt-rt $file
 *
 * check-error-start
options/preempt-rt.c:16:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
options/preempt-rt.c:15:9: note: _raw_spin_lock() acquires a spinlock here
options/preempt-rt.c:23:9: warning: spin_lock() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
options/preempt-rt.c:22:9: note: _raw_spin_lock() acquires a spinlock here
 * check-error-end
 */
