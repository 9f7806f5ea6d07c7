#include "../include/kapi.h"

static spinlock_t l;

void sleeps(void)
{
	spin_lock(&l);
	msleep(1);
	spin_unlock(&l);
}

void unbalanced(int x)
{
	if (x)
		spin_lock(&l);
}

/*
 * check-name: -Wno- switches a category off
 * check-command: klint-sparse -Wno-atomic-sleep $file
 *
 * check-error-start
 * check-error-end
 */
