#include "../include/kapi.h"

static spinlock_t l;

void broken(void
{
	spin_lock(&l);
}

void fine(void)
{
	spin_lock(&l);
	msleep(1);
	spin_unlock(&l);
}

/*
 * check-name: unparsable C gives sparse's errors, the rest is still checked
 *
 * check-error-start
 * check-error-end
 */
