/*
 * check-name: a call through a local function pointer with known values
 *
 * check-error-start
indirect/local-pointer.c:34:9: warning: slow() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
indirect/local-pointer.c:33:9: note: spin_lock() acquires a spinlock here
indirect/local-pointer.c:34:9: note: the pointer called here may be slow()
indirect/local-pointer.c:20:9: note: slow() calls mutex_lock(), which may sleep
indirect/local-pointer.c:55:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
indirect/local-pointer.c:54:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
#include "../include/kapi.h"

static spinlock_t lock;
static struct mutex m;

static void slow(void)
{
	mutex_lock(&m);
	mutex_unlock(&m);
}

static void fast(void)
{
	udelay(1);
}

void pick_locked(int x)
{
	void (*fn)(void) = x ? slow : fast;

	spin_lock(&lock);
	fn();
	spin_unlock(&lock);
}

/* Silent: both values only wait. */
void pick_fast_locked(int x)
{
	void (*fn)(void) = fast;

	if (x)
		fn = fast;
	spin_lock(&lock);
	fn();
	spin_unlock(&lock);
}

void table_function_locked(int x)
{
	void (*fn)(unsigned int) = msleep;

	spin_lock(&lock);
	fn(1);
	spin_unlock(&lock);
}
