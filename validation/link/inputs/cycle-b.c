#include "../../include/kapi.h"

void ping(int n);

/* pong() and ping() call each other across two files. */
void pong(int n)
{
	if (n > 0)
		ping(n - 1);
	else
		msleep(1);
}
