#include "../../include/kapi.h"

static struct mutex audit_mutex;

/* Waits for a free buffer only when the caller's mask allows blocking. */
int audit_begin(gfp_t gfp, int type)
{
	/* gfpflags_allow_blocking(): __GFP_DIRECT_RECLAIM */
	if ((unsigned int)gfp & 0x400u)
		msleep(1);
	return type;
}

/* Sleeps whatever the mask: the gfp case must not hide it. */
int audit_locked(gfp_t gfp, int type)
{
	mutex_lock(&audit_mutex);
	mutex_unlock(&audit_mutex);
	return kmalloc(8, gfp) != 0;
}
