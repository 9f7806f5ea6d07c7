#include "../include/kapi.h"

static spinlock_t l;

/* The branch says when the lock is held: reported, for that path. */
void lock_if(int x)
{
	if (x)
		spin_lock(&l);
	msleep(1);
	if (x)
		spin_unlock(&l);
}

struct item {
	int take;
};

/* A count a loop moves up and down: past tracking, only "possibly". */
void count_lost_in_loop(struct item *it, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		if (it[i].take)
			spin_lock(&l);
		else
			spin_unlock(&l);
	}
	msleep(1);
}

/*
 * check-name: atomic on some paths only
 * check-command: klint-sparse -Wno-unbalanced-return $file; klint-sparse -Wno-unbalanced-return -Wmaybe-atomic-sleep $file 2>&1 | grep -c possibly
 * check-description: a call is reported when a path class the code's own
 *	tests tell apart is atomic; where the analysis lost track (a loop that
 *	moves the count both ways) only a "possibly" report, off unless
 *	-Wmaybe-atomic-sleep
 *
 * check-output-start
1
 * check-output-end
 *
 * check-error-start
lattice/maybe.c:10:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lattice/maybe.c:9:17: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
