#include "../../include/kapi.h"

void deep_sleeper(void);

/* One call away from the sleep: in a third file. */
void middle(void)
{
	deep_sleeper();
}
