#include "../include/kapi.h"

struct dev {
	spinlock_t lock;
	int busy;
};

/* Returns with the lock held exactly when it returns true. */
static bool dev_trylock(struct dev *d)
{
	if (!spin_trylock(&d->lock))
		return false;
	if (d->busy) {
		spin_unlock(&d->lock);
		return false;
	}
	return true;
}

void uses_wrapper_badly(struct dev *d)
{
	if (!dev_trylock(d))
		return;
	msleep(1);
	spin_unlock(&d->lock);
}

void uses_wrapper_well(struct dev *d)
{
	if (!dev_trylock(d)) {
		msleep(1);
		return;
	}
	spin_unlock(&d->lock);
}

static int dev_lock_direct(struct dev *d)
{
	return spin_trylock(&d->lock);
}

void direct_badly(struct dev *d)
{
	if (dev_lock_direct(d)) {
		msleep(1);
		spin_unlock(&d->lock);
	}
}

struct sock {
	spinlock_t slock;
};

extern struct sock *the_sock;

/* net/ipv6/icmp.c's shape: the object, locked, or NULL; sparse makes it a select. */
static struct sock *sock_trylock(void)
{
	struct sock *sk = the_sock;

	if (!spin_trylock(&sk->slock))
		return NULL;
	return sk;
}

void pointer_wrapper_well(void)
{
	struct sock *sk = sock_trylock();

	if (!sk) {
		msleep(1);
		return;
	}
	spin_unlock(&sk->slock);
}

void pointer_wrapper_badly(void)
{
	struct sock *sk = sock_trylock();

	if (!sk)
		return;
	msleep(1);
	spin_unlock(&sk->slock);
}

/*
 * check-name: wrappers that return holding a lock on success
 * check-description: the summary keeps the adjustment per return value,
 *	and no "unbalanced return" warning is given for them
 *
 * check-error-start
trylock/wrapper.c:24:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
trylock/wrapper.c:22:14: note: after dev_trylock() returns here, a spinlock is held
trylock/wrapper.c:11:14: note: spin_trylock() acquires a spinlock here
trylock/wrapper.c:45:17: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
trylock/wrapper.c:44:13: note: after dev_lock_direct() returns here, a spinlock is held
trylock/wrapper.c:39:16: note: spin_trylock() acquires a spinlock here
trylock/wrapper.c:83:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
trylock/wrapper.c:79:27: note: after sock_trylock() returns here, a spinlock is held
trylock/wrapper.c:61:14: note: spin_trylock() acquires a spinlock here
 * check-error-end
 */
