#include "../include/kapi.h"

struct cluster {
	spinlock_t lock;
};

struct info {
	struct cluster *clusters;
	spinlock_t lock;
};

/* mm/swapfile.c's shape: which lock is held follows a pointer. */
static inline struct cluster *lock_cluster(struct info *si, unsigned long off)
{
	struct cluster *ci = si->clusters;

	if (ci) {
		ci += off / 256;
		spin_lock(&ci->lock);
	}
	return ci;
}

static inline struct cluster *lock_either(struct info *si, unsigned long off)
{
	struct cluster *ci = lock_cluster(si, off);

	if (!ci)
		spin_lock(&si->lock);
	return ci;
}

static inline void unlock_either(struct info *si, struct cluster *ci)
{
	if (ci)
		spin_unlock(&ci->lock);
	else
		spin_unlock(&si->lock);
}

int either_lock(struct info *si, unsigned long off)
{
	struct cluster *ci = lock_either(si, off);

	unlock_either(si, ci);
	msleep(1);
	return 0;
}

int either_lock_sleeps_inside(struct info *si, unsigned long off)
{
	struct cluster *ci = lock_either(si, off);

	msleep(1);
	unlock_either(si, ci);
	return 0;
}

static spinlock_t l;

/* A flag records that the lock was taken, across a loop. */
void locked_flag(int n)
{
	bool locked = false;
	int i;

	for (i = 0; i < n; i++) {
		if (!locked) {
			spin_lock(&l);
			locked = true;
		}
		udelay(1);
	}
	if (locked)
		spin_unlock(&l);
	msleep(1);
}

/*
 * check-name: lock state that follows values
 * check-description: pointers and flags that say which lock is held are
 *	followed through inlines, pointer offsets and loops
 *
 * check-error-start
lattice/value-facts.c:54:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lattice/value-facts.c:52:30: note: spin_lock() acquires a spinlock here, in inlined lock_either()
 * check-error-end
 */
