/*
 * check-name: callbacks registered or stored in one file and defined in another
 * check-description: a notifier block on an atomic chain and a function
 *	stored in a field with an atomic contract are reported in the
 *	function, with the registration's or the store's note; a blocking
 *	chain and a task's contract stay silent, and so does a call through
 *	the atomic field under a lock: it trusts the contract instead of
 *	fanning out over what other files store there.
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/cb-funcs.c
 *
 * check-error-start
link/inputs/cb-funcs.c:11:9: warning: drv_panic() may sleep while inside an RCU read-side critical section (preempt count 0x1) [-Watomic-sleep]
link/callbacks-elsewhere.c:58:16: note: drv_panic() is registered here by atomic_notifier_chain_register() and runs on an atomic notifier chain; atomic chains call their blocks under rcu_read_lock()
link/inputs/cb-funcs.c:11:9: note: drv_panic() calls msleep(), which may sleep
link/inputs/cb-funcs.c:23:9: warning: drv_xmit() may sleep while bottom halves are disabled (preempt count 0x200) [-Watomic-sleep]
link/callbacks-elsewhere.c:52:27: note: drv_xmit() is stored here in net_device_ops.ndo_start_xmit and runs with bottom halves disabled (callbacks.tbl:156)
link/inputs/cb-funcs.c:23:9: note: drv_xmit() calls mutex_lock(), which may sleep
 * check-error-end
 */
#include "../include/kapi.h"

struct notifier_block {
	int (*notifier_call)(struct notifier_block *nb, unsigned long action, void *data);
	struct notifier_block *next;
	int priority;
};
struct atomic_notifier_head { int lock; struct notifier_block *head; };
struct blocking_notifier_head { int rwsem; struct notifier_block *head; };
struct sk_buff;
struct net_device;
struct net_device_ops {
	int (*ndo_open)(struct net_device *dev);
	int (*ndo_start_xmit)(struct sk_buff *skb, struct net_device *dev);
};

int atomic_notifier_chain_register(struct atomic_notifier_head *nh, struct notifier_block *nb);
int blocking_notifier_chain_register(struct blocking_notifier_head *nh, struct notifier_block *nb);

int drv_panic(struct notifier_block *nb, unsigned long action, void *data);
int drv_reboot(struct notifier_block *nb, unsigned long action, void *data);
int drv_xmit(struct sk_buff *skb, struct net_device *dev);
int drv_open(struct net_device *dev);

extern struct atomic_notifier_head panic_notifier_list;
extern struct blocking_notifier_head reboot_notifier_list;

static struct notifier_block panic_nb = { .notifier_call = drv_panic };
static struct notifier_block reboot_nb = { .notifier_call = drv_reboot };

const struct net_device_ops drv_ops = {
	.ndo_open = drv_open,
	.ndo_start_xmit = drv_xmit,
};

int drv_init(void)
{
	blocking_notifier_chain_register(&reboot_notifier_list, &reboot_nb);
	return atomic_notifier_chain_register(&panic_notifier_list, &panic_nb);
}

void core_xmit(const struct net_device_ops *ops, struct sk_buff *skb, struct net_device *dev,
	       spinlock_t *lock)
{
	spin_lock(lock);
	ops->ndo_start_xmit(skb, dev);
	spin_unlock(lock);
}
