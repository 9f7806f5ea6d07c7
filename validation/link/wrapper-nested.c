/*
 * check-name: a wrapper in one file of a wrapper in another registers what it is given
 * check-description: kt_on_boot_cpu() hands its second parameter to
 *	kt_on_cpu() of a third file, which hands it to
 *	smp_call_function_single(): a sleeping function given to it here
 *	is reported in IPI context, each call on the way a note.  Silent:
 *	the same wrapper given a function that does not sleep.
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/wrap-mid.c link/inputs/wrap-api.c
 *
 * check-error-start
link/wrapper-nested.c:26:9: warning: sleeping_ipi() may sleep while in hard interrupt context (preempt count 0x10000) [-Watomic-sleep]
link/wrapper-nested.c:37:16: note: sleeping_ipi() is registered here by kt_on_boot_cpu() and runs in hard interrupt context (a cross-CPU call) with interrupts disabled
link/inputs/wrap-mid.c:8:16: note: kt_on_boot_cpu() hands it on to kt_on_cpu() here
link/inputs/wrap-api.c:14:16: note: kt_on_cpu() hands it on to smp_call_function_single() here
link/wrapper-nested.c:26:9: note: sleeping_ipi() calls msleep(), which may sleep
 * check-error-end
 */
#include "../include/kapi.h"

typedef void (*smp_call_func_t)(void *info);

int kt_on_boot_cpu(void *info, smp_call_func_t fn);

static void sleeping_ipi(void *info)
{
	msleep(1);
}

static void quick_ipi(void *info)
{
	udelay(1);
}

int drv_boot(void)
{
	kt_on_boot_cpu(0, quick_ipi);
	return kt_on_boot_cpu(0, sleeping_ipi);
}
