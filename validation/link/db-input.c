/*
 * check-name: one subsystem's database feeds another subsystem's link
 * check-command: t=$(mktemp -d) && mkdir $t/core $t/drv && klint-sparse --summary=$t/core/core.o.klint link/inputs/core.c && klint-link -o $t/core.db $t/core && klint-sparse --summary=$t/drv/drv.o.klint $file && klint-link $t/drv $t/core.db; rc=$?; rm -rf $t; exit $rc
 *
 * check-error-start
link/db-input.c:26:9: warning: drv_apply() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/db-input.c:25:9: note: spin_lock() acquires a spinlock here
link/db-input.c:20:9: note: drv_apply() calls core_configure()
link/inputs/core.c:8:9: note: core_configure() calls mutex_lock(), which may sleep
 * check-error-end
 */
#include "../include/kapi.h"

void core_configure(void);

static spinlock_t drv_lock;

static void drv_apply(void)
{
	core_configure();
}

void drv_update(void)
{
	spin_lock(&drv_lock);
	drv_apply();
	spin_unlock(&drv_lock);
}
