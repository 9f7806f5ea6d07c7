#include "../include/kapi.h"

static spinlock_t l;
static struct mutex m;

void sleeps_under_lock(void)
{
	spin_lock(&l);
	msleep(10);
	spin_unlock(&l);
}

void mutex_under_irq_lock(void)
{
	spin_lock_irq(&l);
	mutex_lock(&m);
	mutex_unlock(&m);
	spin_unlock_irq(&l);
}

void sleeps_after_unlock(void)
{
	spin_lock(&l);
	udelay(1);
	spin_unlock(&l);
	msleep(10);
}

/*
 * check-name: sleeping with a spinlock held
 * check-description: reported at the sleeping call, with where the lock
 *	was taken; a non-sleeping delay and a sleep after the unlock are fine
 *
 * check-error-start
lattice/spinlock-sleep.c:9:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lattice/spinlock-sleep.c:8:9: note: spin_lock() acquires a spinlock here
lattice/spinlock-sleep.c:16:9: warning: mutex_lock() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lattice/spinlock-sleep.c:15:9: note: spin_lock_irq() acquires a spinlock here
 * check-error-end
 */
