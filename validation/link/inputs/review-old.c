#include "../../include/kapi.h"

void helper_sleeps(void);

static spinlock_t lock;

/* The old version: one known bug, in old_bug(). */
void old_bug(void)
{
	spin_lock(&lock);
	msleep(1);
	spin_unlock(&lock);
}

void fine(void)
{
	msleep(1);
}
