#include "../include/kapi.h"

void not_softirq(void)
{
	if (!in_softirq())
		msleep(1);
}

void not_softirq_bh_off(void)
{
	local_bh_disable();
	not_softirq();
	local_bh_enable();
}

void not_hardirq(void)
{
	if (!in_hardirq())
		msleep(1);
}

/*
 * check-name: in_softirq() and in_hardirq() found zero know their part
 * check-description: the count read splits on in_interrupt()'s mask only:
 *	a path where some interrupt part is set does not learn which, so a
 *	sleep under !in_softirq() still asks callers for no bottom halves
 * check-known-to-fail
 *
 * check-error-start
 * check-error-end
 */
