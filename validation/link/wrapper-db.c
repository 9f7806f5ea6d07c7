/*
 * check-name: a function handed to a database's wrapper of a registering API
 * check-description: a module checked against a database (--db) of the
 *	file whose kt_on_cpu() hands its parameter to
 *	smp_call_function_single(): a sleeping function given to it, directly
 *	or through the module's own wrapper, is reported in IPI context with
 *	the database's note.  Silent: a function that does not sleep, and one
 *	given to kt_here(), which calls it in the caller's task.
 * check-command: t=$(mktemp -d) && klint-sparse --summary=$t/wrap-api.o.klint link/inputs/wrap-api.c && klint-link -o $t/wrap-api.db $t && klint-sparse --no-summary --db=$t/wrap-api.db $file; rc=$?; rm -rf $t; exit $rc
 *
 * check-error-start
link/wrapper-db.c:32:9: warning: mutex_lock() may sleep while in hard interrupt context (preempt count 0x10000) [-Watomic-sleep]
link/wrapper-db.c:61:16: note: sleeping_ipi() is registered here by kt_on_cpu() and runs in hard interrupt context (a cross-CPU call) with interrupts disabled
link/inputs/wrap-api.c:14:16: note: kt_on_cpu() hands it on to smp_call_function_single() here
link/wrapper-db.c:38:9: warning: msleep() may sleep while in hard interrupt context (preempt count 0x10000) [-Watomic-sleep]
link/wrapper-db.c:60:9: note: sleeping_ipi2() is registered here by on_first_cpu() and runs in hard interrupt context (a cross-CPU call) with interrupts disabled
link/wrapper-db.c:53:16: note: on_first_cpu() hands it on to kt_on_cpu() here
link/inputs/wrap-api.c:14:16: note: kt_on_cpu() hands it on to smp_call_function_single() here
 * check-error-end
 */
#include "../include/kapi.h"

typedef void (*smp_call_func_t)(void *info);

int kt_on_cpu(int cpu, smp_call_func_t fn, void *info);
int kt_here(int cpu, smp_call_func_t fn, void *info);

static struct mutex m;

static void sleeping_ipi(void *info)
{
	mutex_lock(&m);
	mutex_unlock(&m);
}

static void sleeping_ipi2(void *info)
{
	msleep(1);
}

static void quick_ipi(void *info)
{
	udelay(1);
}

static void task_fn(void *info)
{
	msleep(1);
}

static __attribute__((noinline)) int on_first_cpu(smp_call_func_t fn)
{
	return kt_on_cpu(0, fn, 0);
}

int drv_start(void)
{
	kt_on_cpu(1, quick_ipi, 0);
	kt_here(1, task_fn, 0);
	on_first_cpu(sleeping_ipi2);
	return kt_on_cpu(1, sleeping_ipi, 0);
}
