#include "../include/kapi.h"

struct sock {
	spinlock_t slock;
	int owned;
	int state, rcv, copied, done, urg, fin;
};

/* lock_sock_fast(): false with the spinlock held, true with it dropped */
static bool lock_fast(struct sock *sk)
{
	spin_lock(&sk->slock);
	if (!sk->owned)
		return false;
	sk->owned = 1;
	spin_unlock(&sk->slock);
	return true;
}

/* unlock_sock_fast(): the slow path may sleep, the fast one unlocks */
static inline void unlock_fast(struct sock *sk, bool slow)
{
	if (slow)
		msleep(1);
	else
		spin_unlock(&sk->slock);
}

/* tcp_inq(): tests enough values to fill a path's facts */
static inline int inq(struct sock *sk)
{
	int answ = 0;

	if (sk->state == 1)
		answ = 1;
	if (sk->rcv > sk->copied)
		answ += sk->rcv - sk->copied;
	if (answ && sk->done)
		answ--;
	if (sk->urg == 2)
		answ++;
	if (sk->fin < 0)
		answ = 0;
	if (sk->state == 7 && sk->fin)
		answ += 2;
	if (sk->copied == 3)
		answ -= 1;
	if (sk->rcv == 4)
		answ += 4;
	if (sk->done > 5)
		answ = 5;
	return answ;
}

int ioctl_inq(struct sock *sk)
{
	bool slow = lock_fast(sk);
	int answ = inq(sk);

	unlock_fast(sk, slow);
	return answ;
}

/*
 * check-name: a path keeps the facts it will still test
 * check-description: the value lock_fast() returned decides both whether
 *	the spinlock is held and which way unlock_fast() goes; the nine
 *	tests of inq() in between must not push that fact out, so the
 *	sleep on the slow path is not reported under the lock.
 *
 * check-error-start
 * check-error-end
 */
