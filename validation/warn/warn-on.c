#include "../include/kapi.h"

/*
 * The shape of Linux 6.1's WARN_ON() on x86 (include/asm-generic/bug.h:121,
 * arch/x86/include/asm/bug.h:_BUG_FLAGS): a ud2 recorded in __bug_table.
 */
#define __WARN_TRAP()							\
	asm volatile("1:\tud2\n"					\
		     ".pushsection __bug_table,\"aw\"\n"		\
		     ".popsection\n")
#define WARN_ON(condition) ({						\
	int __ret_warn_on = !!(condition);				\
	if (__builtin_expect(__ret_warn_on, 0))				\
		__WARN_TRAP();						\
	__builtin_expect(__ret_warn_on, 0);				\
})

struct rpc_task { int activated; };

void warn_slowpath_fmt(const char *file, int line, unsigned int taint, const char *fmt, ...);

static spinlock_t l;

/* rpc_sleep_check_activated(): the put only runs when the WARN fired. */
static void check_activated(struct rpc_task *t)
{
	if (WARN_ON(!t->activated))
		msleep(1);
}

void sleep_on(struct rpc_task *t)
{
	spin_lock(&l);
	check_activated(t);
	spin_unlock(&l);
}

/* A WARN that fires does not make the code after it unreachable. */
void warned_then_sleeps(struct rpc_task *t)
{
	spin_lock(&l);
	WARN_ON(!t->activated);
	msleep(1);
	spin_unlock(&l);
}

/* The other side of the WARN is the path the code allows. */
void sleeps_when_fine(struct rpc_task *t)
{
	spin_lock(&l);
	if (!WARN_ON(!t->activated))
		msleep(1);
	spin_unlock(&l);
}

/* Without an architecture trap, __WARN() calls warn_slowpath_fmt(). */
void generic_warn(struct rpc_task *t)
{
	int bad = !t->activated;

	spin_lock(&l);
	if (__builtin_expect(bad, 0))
		warn_slowpath_fmt("f.c", 1, 9, 0);
	if (bad)
		msleep(1);
	spin_unlock(&l);
}

/*
 * check-name: WARN_ON() conditions are taken not to hold
 * check-description: a sleep reached only where a WARN fired is not
 *	reported; the code after a WARN and its other side are checked
 *
 * check-error-start
warn/warn-on.c:43:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
warn/warn-on.c:41:9: note: spin_lock() acquires a spinlock here
warn/warn-on.c:52:17: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
warn/warn-on.c:50:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
