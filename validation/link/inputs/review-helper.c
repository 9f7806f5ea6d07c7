#include "../../include/kapi.h"

void helper_sleeps(void)
{
	msleep(1);
}
