#include "../../include/kapi.h"

#include "net-ops.h"

/* A second driver of the same operations, whose stats sleep too. */
static void impl2_stats(void)
{
	msleep(1);
}

const struct net_ops impl2_ops = {
	.stats = impl2_stats,
};
