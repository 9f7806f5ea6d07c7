#include "../include/kapi.h"

struct task_struct;
struct sighand_struct {
	spinlock_t siglock;
};

struct sighand_struct *__lock_task_sighand(struct task_struct *t, unsigned long *flags);

/* Under siglock: atomic without PREEMPT_RT, a sleeping lock with it */
int signal_sleeps(struct task_struct *t)
{
	struct sighand_struct *sh;
	unsigned long f;

	sh = __lock_task_sighand(t, &f);
	if (!sh)
		return -1;
	msleep(1);
	spin_unlock_irqrestore(&sh->siglock, f);
	return 0;
}

/*
 * check-name: PREEMPT_RT: __lock_task_sighand() takes a sleeping lock
 * check-description: its siglock is a spinlock_t: on PREEMPT_RT the
 *	sleep under it is silent, and the unlock balances (nothing is
 *	reported with -Wunbalanced-return); without RT it is reported.
 * check-command: klint-sparse --preempt-rt -Wunbalanced-return $file && echo "== without PREEMPT_RT" >&2 && klint-sparse -Wunbalanced-return $file
 *
 * check-error-start
== without PREEMPT_RT
k612/rt-sighand.c:19:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
k612/rt-sighand.c:16:14: note: __lock_task_sighand() acquires a spinlock here
 * check-error-end
 */
