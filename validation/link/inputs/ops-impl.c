#include "../../include/kapi.h"

#include "net-ops.h"

static struct mutex stats_mutex;

static void impl_xmit(int len)
{
	udelay(len);
}

static void impl_stats(void)
{
	mutex_lock(&stats_mutex);
	mutex_unlock(&stats_mutex);
}

/* The driver's table: another file calls through it. */
const struct net_ops impl_ops = {
	.xmit = impl_xmit,
	.stats = impl_stats,
};
