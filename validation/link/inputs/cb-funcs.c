#include "../../include/kapi.h"

struct notifier_block;
struct sk_buff;
struct net_device;

static struct mutex m;

int drv_panic(struct notifier_block *nb, unsigned long action, void *data)
{
	msleep(1);
	return 0;
}

int drv_reboot(struct notifier_block *nb, unsigned long action, void *data)
{
	msleep(1);
	return 0;
}

int drv_xmit(struct sk_buff *skb, struct net_device *dev)
{
	mutex_lock(&m);
	mutex_unlock(&m);
	return 0;
}

int drv_open(struct net_device *dev)
{
	msleep(1);
	return 0;
}
