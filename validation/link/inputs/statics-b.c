#include "../../include/kapi.h"

/* The same static name as in statics.c: another function entirely. */
static void helper(void)
{
	udelay(1);
}

void b_entry(void)
{
	helper();
}
