#include "../include/kapi.h"

static spinlock_t l;

/* Right: takes the lock and says so. */
static void take(void) __klint("adjust=1");
static void take(void)
{
	spin_lock(&l);
}

/* Wrong: says it takes the lock but does not. */
static void take_not(void) __klint("adjust=1");
static void take_not(void)
{
}

/* Wrong: claims it may be called in atomic context, but sleeps. */
static void claims_atomic_ok(void) __klint("expect=0..");
static void claims_atomic_ok(void)
{
	msleep(1);
}

/* Trusted: the body is not compared, callers see the annotation. */
static void trusted(void) __klint("adjust=0 expect=0.. unchecked");
static void trusted(void)
{
	msleep(1);
}

/* Only for callers that hold one lock: sleeping inside is its own bug. */
static void needs_lock(void) __klint("expect=1");
static void needs_lock(void)
{
	spin_unlock(&l);
	udelay(1);
	spin_lock(&l);
}

/* An external function described only by its prototype. */
void ext_sleeper(void) __klint("process");

void user(void)
{
	take();
	udelay(1);
	spin_unlock(&l);
	spin_lock(&l);
	trusted();
	needs_lock();
	ext_sleeper();
	spin_unlock(&l);
}

static void bad_words(void) __klint("adjust=one");
static void bad_words(void)
{
}

/*
 * check-name: the klint_preempt source attribute
 * check-description: checked against inference unless unchecked
 *
 * check-error-start
attribute/klint-preempt.c:14:13: warning: take_not() is annotated adjust=1 but changes the preempt count by 0 [-Wannotation-mismatch]
attribute/klint-preempt.c:20:13: warning: claims_atomic_ok() is annotated to accept preempt depth 0.. but accepts only 0 [-Wannotation-mismatch]
attribute/klint-preempt.c:22:9: note: claims_atomic_ok() calls msleep(), which may sleep
attribute/klint-preempt.c:52:9: warning: ext_sleeper() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
attribute/klint-preempt.c:49:9: note: spin_lock() acquires a spinlock here
attribute/klint-preempt.c:57:13: warning: ignoring klint_preempt annotation of bad_words(): bad adjustment 'one' [-Wannotation-mismatch]
 * check-error-end
 */
