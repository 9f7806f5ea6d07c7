#include "lock-sock-fast.c"

static raw_spinlock_t raw;

void fast_under_raw_lock(struct sock *sk)
{
	bool slow;

	_raw_spin_lock(&raw);
	slow = __lock_sock_fast(sk);
	unlock_sock_fast(sk, slow);
	_raw_spin_unlock(&raw);
}

/*
 * check-name: __lock_sock_fast() on PREEMPT_RT
 * check-command: klint-sparse --preempt-rt $file
 * check-description: the socket spinlock is a sleeping lock there: the
 *	call still may sleep (under a raw spinlock it is reported), and its
 *	fast path is not atomic
 *
 * check-error-start
tables/lock-sock-fast-rt.c:10:16: warning: __lock_sock_fast() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
tables/lock-sock-fast-rt.c:9:9: note: _raw_spin_lock() acquires a spinlock here
 * check-error-end
 */
