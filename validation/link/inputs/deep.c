#include "../../include/kapi.h"

void deep_sleeper(void)
{
	msleep(10);
}

void deep_fast(void)
{
	udelay(10);
}
