/*
 * check-name: --unresolved-may-sleep: a call no function is known for may sleep
 * check-command: klint-sparse $file && echo "== with --unresolved-may-sleep" >&2 && klint-sparse --unresolved-may-sleep $file
 *
 * check-error-start
== with --unresolved-may-sleep
indirect/unresolved.c:26:10: warning: hooks->run() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
indirect/unresolved.c:25:9: note: spin_lock() acquires a spinlock here
indirect/unresolved.c:26:10: note: no function is known for hooks->run(): taken to sleep (--unresolved-may-sleep)
indirect/unresolved.c:33:9: warning: an indirect call may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
indirect/unresolved.c:32:9: note: spin_lock() acquires a spinlock here
indirect/unresolved.c:33:9: note: no function is known for an indirect call: taken to sleep (--unresolved-may-sleep)
 * check-error-end
 */
#include "../include/kapi.h"

struct hooks {
	void (*run)(void);
};

static spinlock_t lock;

void field_unknown(struct hooks *h)
{
	spin_lock(&lock);
	h->run();
	spin_unlock(&lock);
}

void pointer_unknown(void (*fn)(void))
{
	spin_lock(&lock);
	fn();
	spin_unlock(&lock);
}

/* Silent either way: not atomic. */
void unlocked(void (*fn)(void))
{
	fn();
}
