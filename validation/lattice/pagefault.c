#include "../include/kapi.h"

static spinlock_t l;

/* A user copy faults pages in, and may sleep doing it. */
void copies_under_lock(void *dst, const void *src)
{
	spin_lock(&l);
	copy_from_user(dst, src, 8);
	spin_unlock(&l);
}

/* With page faults disabled it fails fast instead: the futex pattern. */
int copies_with_faults_off(void *dst, const void *src)
{
	unsigned long left;

	spin_lock(&l);
	pagefault_disable();
	left = copy_from_user(dst, src, 8);
	pagefault_enable();
	spin_unlock(&l);
	return left ? -14 : 0;
}

static unsigned long fetch(void *dst, const void *src)
{
	return copy_from_user(dst, src, 8);
}

/* The waiver passes through a helper that leaves page faults alone. */
int helper_with_faults_off(void *dst, const void *src)
{
	unsigned long left;

	spin_lock(&l);
	pagefault_disable();
	left = fetch(dst, src);
	pagefault_enable();
	spin_unlock(&l);
	return left ? -14 : 0;
}

void helper_with_faults_on(void *dst, const void *src)
{
	spin_lock(&l);
	fetch(dst, src);
	spin_unlock(&l);
}

/* mm/memory.c's copy_huge_page_from_user(): atomic exactly when faults are off. */
void atomic_when_faults_off(bool atomic, void *dst, const void *src)
{
	if (atomic) {
		preempt_disable();
		pagefault_disable();
	}
	copy_from_user(dst, src, 8);
	if (atomic) {
		pagefault_enable();
		preempt_enable();
	}
}

/* A real sleep is not excused by disabled page faults. */
void sleeps_with_faults_off(void)
{
	spin_lock(&l);
	pagefault_disable();
	msleep(1);
	pagefault_enable();
	spin_unlock(&l);
}

/*
 * check-name: user copies with page faults disabled
 * check-description: copy_from_user() sleeps only to fault a page in; with
 *	page faults disabled it is allowed in atomic context, directly or
 *	through a helper, and other sleeps are not excused
 *
 * check-error-start
lattice/pagefault.c:9:9: warning: copy_from_user() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lattice/pagefault.c:8:9: note: spin_lock() acquires a spinlock here
lattice/pagefault.c:47:9: warning: fetch() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lattice/pagefault.c:46:9: note: spin_lock() acquires a spinlock here
lattice/pagefault.c:28:16: note: fetch() calls copy_from_user(), which may sleep
lattice/pagefault.c:70:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
lattice/pagefault.c:68:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
