#include "../../include/kapi.h"

void irq_helper_enable(void)
{
	local_irq_enable();
}

void irq_helper_disable(void)
{
	local_irq_disable();
}
