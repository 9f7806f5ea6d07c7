#include "../include/kapi.h"

/*
 * net/core/sock.c __lock_sock_fast(): might_sleep(), spin_lock_bh() of the
 * socket spinlock, then false (0) with it held, or true after taking the
 * sleeping socket lock instead; include/net/sock.h unlock_sock_fast().
 */
struct sock { spinlock_t slock; };
bool __lock_sock_fast(struct sock *sk);
void release_sock(struct sock *sk);

static inline void unlock_sock_fast(struct sock *sk, bool slow)
{
	if (slow)
		release_sock(sk);
	else
		spin_unlock_bh(&sk->slock);
}

static spinlock_t l;

void fast_under_spinlock(struct sock *sk)
{
	bool slow;

	spin_lock(&l);
	slow = __lock_sock_fast(sk);
	unlock_sock_fast(sk, slow);
	spin_unlock(&l);
}

void sleep_on_fast_path(struct sock *sk)
{
	bool slow = __lock_sock_fast(sk);

	if (!slow)
		msleep(1);
	unlock_sock_fast(sk, slow);
}

void sleep_after_unlock(struct sock *sk)
{
	bool slow = __lock_sock_fast(sk);

	unlock_sock_fast(sk, slow);
	msleep(1);
}

/*
 * check-name: __lock_sock_fast() may sleep, and returns 0 holding a spinlock
 *
 * check-error-start
tables/lock-sock-fast.c:27:16: warning: __lock_sock_fast() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
tables/lock-sock-fast.c:26:9: note: spin_lock() acquires a spinlock here
tables/lock-sock-fast.c:37:17: warning: msleep() may sleep while a spinlock is held (preempt count 0x201) [-Watomic-sleep]
tables/lock-sock-fast.c:34:21: note: __lock_sock_fast() acquires a spinlock here
 * check-error-end
 */
