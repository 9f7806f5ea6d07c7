/*
 * check-name: a call through a field reaching several sleeping functions is one warning
 * check-description: the message names the first three candidates that
 *	sleep and counts the rest; the notes follow the first.  Two
 *	candidates are both named.  A candidate that does not sleep is not
 *	named, and a field only such functions are stored in stays silent.
 *
 * check-error-start
indirect/many-candidates.c:52:12: warning: hw_ops->reset() may sleep while a spinlock is held (preempt count 0x1): 5 functions that may sleep are stored there: reset_a(), reset_b(), reset_c() and 2 more [-Watomic-sleep]
indirect/many-candidates.c:51:9: note: spin_lock() acquires a spinlock here
indirect/many-candidates.c:42:47: note: hw_ops.reset may be reset_a(), stored here
indirect/many-candidates.c:30:29: note: reset_a() calls msleep(), which may sleep
indirect/many-candidates.c:59:12: warning: hw_ops->flush() may sleep while a spinlock is held (preempt count 0x1): 2 functions that may sleep are stored there: flush_a(), flush_b() [-Watomic-sleep]
indirect/many-candidates.c:58:9: note: spin_lock() acquires a spinlock here
indirect/many-candidates.c:42:65: note: hw_ops.flush may be flush_a(), stored here
indirect/many-candidates.c:37:29: note: flush_a() calls msleep(), which may sleep
 * check-error-end
 */
#include "../include/kapi.h"

struct hw_ops {
	void (*reset)(void);
	void (*flush)(void);
	void (*kick)(void);
};

static spinlock_t lock;
static struct mutex m;

static void reset_a(void) { msleep(1); }
static void reset_b(void) { mutex_lock(&m); mutex_unlock(&m); }
static void reset_c(void) { msleep(2); }
static void reset_d(void) { msleep(3); }
static void reset_e(void) { msleep(4); }
static void reset_quick(void) { udelay(1); }

static void flush_a(void) { msleep(1); }
static void flush_b(void) { msleep(2); }

static void kick_quick(void) { udelay(2); }

static const struct hw_ops ops_a = { .reset = reset_a, .flush = flush_a, .kick = kick_quick };
static const struct hw_ops ops_b = { .reset = reset_b, .flush = flush_b };
static const struct hw_ops ops_c = { .reset = reset_c };
static const struct hw_ops ops_d = { .reset = reset_d };
static const struct hw_ops ops_e = { .reset = reset_e };
static const struct hw_ops ops_q = { .reset = reset_quick };

void reset_locked(const struct hw_ops *ops)
{
	spin_lock(&lock);
	ops->reset();
	spin_unlock(&lock);
}

void flush_locked(const struct hw_ops *ops)
{
	spin_lock(&lock);
	ops->flush();
	spin_unlock(&lock);
}

/* Silent: only kick_quick(), which busy-waits, is stored in kick. */
void kick_locked(const struct hw_ops *ops)
{
	spin_lock(&lock);
	ops->kick();
	spin_unlock(&lock);
}

const struct hw_ops *pick(int i)
{
	switch (i) {
	case 0: return &ops_a;
	case 1: return &ops_b;
	case 2: return &ops_c;
	case 3: return &ops_d;
	case 4: return &ops_e;
	}
	return &ops_q;
}
