#include "../../include/kapi.h"

#include "net-ops.h"

/* The defaults a platform table starts with, as arch/x86/kernel/x86_init.c. */
static void default_stats(void)
{
}

struct net_ops platform_ops = {
	.stats = default_stats,
};
