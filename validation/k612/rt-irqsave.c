#include "../include/kapi.h"

/*
 * spin_lock_irqsave() and raw_spin_lock_irqsave() are macros that both
 * reach _raw_spin_lock_irqsave(): on PREEMPT_RT the first is a sleeping
 * lock, the second still spins with interrupts off.
 */
#define raw_spin_lock_irqsave(l, f)	((f) = _raw_spin_lock_irqsave(l))
#define raw_spin_unlock_irqrestore(l, f) _raw_spin_unlock_irqrestore(l, f)

struct dev {
	int id;
	raw_spinlock_t hw_lock;
	spinlock_t lock;
	spinlock_t locks[4];
};

static raw_spinlock_t global_raw;
static spinlock_t global_lock;

/* A spinlock_t under a raw spinlock: a sleeping lock in atomic context */
void nested(struct dev *d)
{
	unsigned long f, g;

	raw_spin_lock_irqsave(&d->hw_lock, f);
	spin_lock_irqsave(&d->lock, g);
	spin_unlock_irqrestore(&d->lock, g);
	raw_spin_unlock_irqrestore(&d->hw_lock, f);
}

void nested_global(int i, struct dev *d)
{
	unsigned long f, g;

	raw_spin_lock_irqsave(&global_raw, f);
	spin_lock_irqsave(&d->locks[2], g);
	spin_unlock_irqrestore(&d->locks[2], g);
	raw_spin_unlock_irqrestore(&global_raw, f);
}

/* Sleeping under a raw lock taken through the macro still counts */
void sleeps_under_raw(struct dev *d)
{
	unsigned long f;

	raw_spin_lock_irqsave(&d->hw_lock, f);
	msleep(1);
	raw_spin_unlock_irqrestore(&d->hw_lock, f);
}

/*
 * check-name: PREEMPT_RT: spin_lock_irqsave() (a macro to _raw_spin_lock_irqsave()) of a spinlock_t sleeps
 * check-command: klint-sparse --preempt-rt $file
 *
 * check-error-start
k612/rt-irqsave.c:27:9: warning: spin_lock_irqsave() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
k612/rt-irqsave.c:26:9: note: _raw_spin_lock_irqsave() acquires a spinlock here
k612/rt-irqsave.c:37:9: warning: spin_lock_irqsave() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
k612/rt-irqsave.c:36:9: note: _raw_spin_lock_irqsave() acquires a spinlock here
k612/rt-irqsave.c:48:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
k612/rt-irqsave.c:47:9: note: _raw_spin_lock_irqsave() acquires a spinlock here
 * check-error-end
 */
