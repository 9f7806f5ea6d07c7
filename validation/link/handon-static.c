#include "../include/kapi.h"

int wait_for_reg(int reg, int fast_us, int slow_ms);

/* __snb_pcode_rw(): hands its timeouts on to another file */
static int pcode_rw(int mbox, int fast_us, int slow_ms)
{
	return wait_for_reg(mbox, fast_us, slow_ms);
}

int pcode_try_request(int mbox)
{
	int ret;

	preempt_disable();
	ret = pcode_rw(mbox, 500, 0);
	preempt_enable();
	return ret;
}

int pcode_request_slow(int mbox)
{
	int ret;

	preempt_disable();
	ret = pcode_rw(mbox, 500, 20);
	preempt_enable();
	return ret;
}

/*
 * check-name: a value handed through a static function into another file
 * check-description: wait_for_reg() sleeps only with a slow timeout; the
 *	static pcode_rw() hands its caller's timeout on to it.  The caller
 *	that passes 0 with preemption disabled is silent, the one that
 *	passes 20 is reported.
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/wait-reg.c
 *
 * check-error-start
link/handon-static.c:26:15: warning: pcode_rw() may sleep while preemption is disabled (preempt count 0x1) [-Watomic-sleep]
link/handon-static.c:25:9: note: preempt_disable() disables preemption here
link/handon-static.c:8:16: note: pcode_rw() calls wait_for_reg()
link/inputs/wait-reg.c:8:17: note: wait_for_reg() calls msleep(), which may sleep
 * check-error-end
 */
