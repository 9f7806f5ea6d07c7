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

/*
 * check-name: PREEMPT_RT: spinlock_t sleeps, raw locks stay atomic
 * check-command: klint-sparse --preempt-rt $file
 *
 * check-error-start
 * check-error-end
 */
