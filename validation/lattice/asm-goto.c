#include "../include/kapi.h"

static spinlock_t l;

/* x86's atomic_dec_and_test(): an asm goto to the "reached zero" label. */
static inline bool dec_and_test(int *v)
{
	asm goto("decl %0; je %l[zero]" : : "m" (*v) : "memory" : zero);
	return false;
zero:
	return true;
}

void release_under_lock(int *ref)
{
	spin_lock(&l);
	if (dec_and_test(ref))
		msleep(1);
	spin_unlock(&l);
}

void release_after_unlock(int *ref)
{
	bool last;

	spin_lock(&l);
	last = dec_and_test(ref);
	spin_unlock(&l);
	if (last)
		msleep(1);
}

/*
 * check-name: code at an asm goto's labels is seen
 * check-description: sparse 0.6.4 linearized asm goto as a plain asm and
 *	dropped the code at its labels (sparse-patches/0005)
 *
 * check-error-start
lattice/asm-goto.c:18:17: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lattice/asm-goto.c:16:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
