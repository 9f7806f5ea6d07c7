#include "../../include/kapi.h"

/* The other file of link/vfree-elsewhere.c. */
void vfree(const void *addr);

void vbuf_free(void *p)
{
	vfree(p);
}

void vbuf_free_slow(void *p)
{
	vfree(p);
	msleep(1);
}
