#include "../../include/kapi.h"

/* __intel_wait_for_register_fw(): sleeps only with a slow timeout */
int wait_for_reg(int reg, int fast_us, int slow_ms)
{
	udelay(fast_us);
	if (slow_ms)
		msleep(slow_ms);
	return reg;
}
