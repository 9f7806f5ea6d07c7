/*
 * check-name: calls into other files that do not sleep stay silent
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/quiet.c
 *
 * check-error-start
 * check-error-end
 */
#include "../include/kapi.h"

void quiet_poll(void);
void quiet_locked_poll(void);
void not_in_any_file(void);

static spinlock_t lock;

void polls_under_lock(void)
{
	spin_lock(&lock);
	quiet_poll();
	quiet_locked_poll();
	/* Defined nowhere the link step was given: no effect. */
	not_in_any_file();
	spin_unlock(&lock);
}

void sleeps_after_balanced_call(void)
{
	quiet_locked_poll();
	msleep(1);
}
