#include "../../include/kapi.h"

/*
 * Bodies of functions the tables describe, as the link step sees them in
 * a kernel: one agrees with its row, three do not.
 */
struct raw_spinlock;
void preempt_disable_notrace(void);

/* Agrees: the row says it sleeps, the body does. */
void msleep(unsigned int ms)
{
	schedule();
}

/* The row says it never sleeps. */
void ndelay(unsigned long ns)
{
	static struct mutex m;

	mutex_lock(&m);
	mutex_unlock(&m);
}

/* The row says it sleeps. */
void msleep_interruptible(unsigned int ms)
{
}

/* The row says it takes a spinlock; this body forgot to. */
void _raw_spin_lock(struct raw_spinlock *l)
{
}
