/*
 * check-name: a module checked against a database in one pass (--db, KLINT_DB)
 * check-exit-value: 2
 * check-command: t=$(mktemp -d) && klint-sparse --summary=$t/core.o.klint link/inputs/core.c && klint-link -o $t/core.db $t && klint-sparse --db=$t/core.db $file && echo "== KLINT_DB" >&2 && KLINT_DB=$t/core.db klint-sparse $file && echo "== not a database" >&2 && klint-sparse --db=link/inputs/core.c $file; rc=$?; rm -rf $t; exit $rc
 *
 * check-error-start
link/module-db.c:35:9: warning: core_configure() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/module-db.c:34:9: note: spin_lock() acquires a spinlock here
link/inputs/core.c:8:9: note: core_configure() calls mutex_lock(), which may sleep
link/module-db.c:44:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/module-db.c:43:9: note: after core_lock_irq() returns here, a spinlock is held
link/inputs/core.c:21:9: note: spin_lock_irq() acquires a spinlock here
== KLINT_DB
link/module-db.c:35:9: warning: core_configure() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/module-db.c:34:9: note: spin_lock() acquires a spinlock here
link/inputs/core.c:8:9: note: core_configure() calls mutex_lock(), which may sleep
link/module-db.c:44:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/module-db.c:43:9: note: after core_lock_irq() returns here, a spinlock is held
link/inputs/core.c:21:9: note: spin_lock_irq() acquires a spinlock here
== not a database
link/inputs/core.c:1: error: not a klint summary file
 * check-error-end
 */
#include "../include/kapi.h"

void core_configure(void);
void core_kick(void);
void core_lock_irq(void);

static spinlock_t mod_lock;

void mod_reconfigure_locked(void)
{
	spin_lock(&mod_lock);
	core_configure();
	core_kick();
	spin_unlock(&mod_lock);
}

/* The database says core_lock_irq() returns with interrupts off. */
void mod_sleeps_irqs_off(void)
{
	core_lock_irq();
	msleep(1);
}
