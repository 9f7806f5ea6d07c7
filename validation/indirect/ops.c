/*
 * check-name: calls through struct fields reach every function stored there
 * check-description: designated initializers, positional ones and
 *	assignments fill the candidates; a field that only ever holds
 *	functions that do not sleep stays silent, and so does a field
 *	nothing in the file is stored in.
 *
 * check-error-start
indirect/ops.c:61:12: warning: dev_ops->start() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
indirect/ops.c:60:9: note: spin_lock() acquires a spinlock here
indirect/ops.c:55:51: note: dev_ops.start may be start_sleeps(), stored here
indirect/ops.c:36:9: note: start_sleeps() calls mutex_lock(), which may sleep
indirect/ops.c:81:12: warning: dev_ops->poll() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
indirect/ops.c:80:9: note: spin_lock() acquires a spinlock here
indirect/ops.c:75:19: note: dev_ops.poll may be poll_sleeps(), stored here
indirect/ops.c:52:9: note: poll_sleeps() calls msleep(), which may sleep
indirect/ops.c:89:17: warning: dev_ops->start() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
indirect/ops.c:88:9: note: spin_lock() acquires a spinlock here
indirect/ops.c:55:51: note: dev_ops.start may be start_sleeps(), stored here
indirect/ops.c:36:9: note: start_sleeps() calls mutex_lock(), which may sleep
 * check-error-end
 */
#include "../include/kapi.h"

struct dev_ops {
	void (*start)(void);
	void (*stop)(int);
	void (*poll)(void);
};

static spinlock_t lock;
static struct mutex m;

static void start_sleeps(void)
{
	mutex_lock(&m);
	mutex_unlock(&m);
}

static void stop_waits(int x)
{
	udelay(x);
}

static void poll_quick(void)
{
	udelay(1);
}

static void poll_sleeps(void)
{
	msleep(1);
}

static const struct dev_ops fast_ops = { .start = start_sleeps, .stop = stop_waits };
static struct dev_ops slow_ops = { start_sleeps, stop_waits, poll_quick };

void start_locked(const struct dev_ops *ops)
{
	spin_lock(&lock);
	ops->start();
	spin_unlock(&lock);
}

/* Silent: only stop_waits() is ever stored in stop. */
void stop_locked(const struct dev_ops *ops)
{
	spin_lock(&lock);
	ops->stop(1);
	spin_unlock(&lock);
}

void set_poll(struct dev_ops *ops)
{
	ops->poll = poll_sleeps;
}

void poll_locked(struct dev_ops *ops)
{
	spin_lock(&lock);
	ops->poll();
	spin_unlock(&lock);
}

/* Through a global object's field. */
void global_locked(void)
{
	spin_lock(&lock);
	slow_ops.start();
	spin_unlock(&lock);
}

struct other_ops {
	void (*run)(void);
};

/* Silent: nothing in this file is stored in other_ops.run. */
void unresolved_locked(struct other_ops *o)
{
	spin_lock(&lock);
	o->run();
	spin_unlock(&lock);
}

const struct dev_ops *get(int i)
{
	return i ? &fast_ops : &slow_ops;
}
