/*
 * check-name: a field's documented context is its contract
 * check-description: each function stored in a field with an @entry-field
 *	row is checked once in that context, where it is stored, with a note
 *	naming the store and the row; a call through the field trusts the
 *	contract instead of fanning out over what is stored there: silent
 *	under a lock for an atomic contract, a sleep for a task's.  A field
 *	without a contract still fans out.
 *
 * check-error-start
callbacks/contracts.c:65:9: warning: mutex_lock() may sleep while bottom halves are disabled (preempt count 0x200) [-Watomic-sleep]
callbacks/contracts.c:82:27: note: drv_xmit() is stored here in net_device_ops.ndo_start_xmit and runs with bottom halves disabled (callbacks.tbl:156)
callbacks/contracts.c:71:9: warning: kmalloc(GFP_KERNEL) may sleep while a spinlock is held (preempt count 0x201) [-Watomic-sleep]
callbacks/contracts.c:83:28: note: drv_rx_mode() is stored here in net_device_ops.ndo_set_rx_mode and runs with a spinlock held and bottom halves disabled (callbacks.tbl:158)
callbacks/contracts.c:89:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
callbacks/contracts.c:92:54: note: kbd_event() is stored here in input_handler.event and runs with a spinlock held and interrupts disabled (callbacks.tbl:164)
callbacks/contracts.c:96:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
callbacks/contracts.c:105:54: note: my_start_tx() is stored here in uart_ops.start_tx and runs with a spinlock held and interrupts disabled (callbacks.tbl:192)
callbacks/contracts.c:109:9: warning: mutex_lock() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
callbacks/contracts.c:122:26: note: my_mask() is stored here in irq_chip.irq_mask and runs with a spinlock held and interrupts disabled (callbacks.tbl:209)
callbacks/contracts.c:136:24: warning: net_device_ops->ndo_open() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
callbacks/contracts.c:133:9: note: spin_lock() acquires a spinlock here
callbacks/contracts.c:136:24: note: the functions of net_device_ops.ndo_open run in a task and may sleep (callbacks.tbl:148)
callbacks/contracts.c:137:24: warning: net_device_ops->ndo_change_mtu() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
callbacks/contracts.c:133:9: note: spin_lock() acquires a spinlock here
callbacks/contracts.c:84:27: note: net_device_ops.ndo_change_mtu may be drv_mtu(), stored here
callbacks/contracts.c:76:9: note: drv_mtu() calls msleep(), which may sleep
 * check-error-end
 */
#include "../include/kapi.h"

struct sk_buff { int len; };
struct net_device { const struct net_device_ops *netdev_ops; spinlock_t lock; };
struct net_device_ops {
	int (*ndo_open)(struct net_device *dev);
	int (*ndo_start_xmit)(struct sk_buff *skb, struct net_device *dev);
	void (*ndo_set_rx_mode)(struct net_device *dev);
	int (*ndo_change_mtu)(struct net_device *dev, int mtu);
};
struct input_handle;
struct input_handler {
	void (*event)(struct input_handle *handle, unsigned int type, unsigned int code, int value);
};
struct uart_port;
struct uart_ops {
	void (*start_tx)(struct uart_port *port);
	void (*throttle)(struct uart_port *port);
};
struct irq_data;
struct irq_chip {
	void (*irq_mask)(struct irq_data *data);
	void (*irq_bus_lock)(struct irq_data *data);
};

static struct mutex m;

static int drv_open(struct net_device *dev)
{
	msleep(1);
	return 0;
}

static int drv_xmit(struct sk_buff *skb, struct net_device *dev)
{
	mutex_lock(&m);
	return 0;
}

static void drv_rx_mode(struct net_device *dev)
{
	kmalloc(8, GFP_KERNEL);
}

static int drv_mtu(struct net_device *dev, int mtu)
{
	msleep(1);
	return 0;
}

static const struct net_device_ops drv_ops = {
	.ndo_open = drv_open,
	.ndo_start_xmit = drv_xmit,
	.ndo_set_rx_mode = drv_rx_mode,
	.ndo_change_mtu = drv_mtu,
};

static void kbd_event(struct input_handle *h, unsigned int type, unsigned int code, int value)
{
	msleep(1);
}

static struct input_handler kbd_handler = { .event = kbd_event };

static void my_start_tx(struct uart_port *port)
{
	msleep(1);
}

/* Silent: throttle has no contract and sleeping there is fine. */
static void my_throttle(struct uart_port *port)
{
	msleep(1);
}

static const struct uart_ops my_uart = { .start_tx = my_start_tx, .throttle = my_throttle };

static void my_mask(struct irq_data *d)
{
	mutex_lock(&m);
}

/* Silent: irq_bus_lock may sleep. */
static void my_bus_lock(struct irq_data *d)
{
	mutex_lock(&m);
}

static struct irq_chip my_chip;

void chip_init(void)
{
	my_chip.irq_mask = my_mask;
	my_chip.irq_bus_lock = my_bus_lock;
}

/*
 * The core: ndo_start_xmit and ndo_set_rx_mode are atomic by contract and
 * silent under the lock; ndo_open may sleep by contract; ndo_change_mtu
 * has no contract and fans out over the functions stored in it.
 */
void core_xmit(struct net_device *dev, struct sk_buff *skb)
{
	spin_lock(&dev->lock);
	dev->netdev_ops->ndo_start_xmit(skb, dev);
	dev->netdev_ops->ndo_set_rx_mode(dev);
	dev->netdev_ops->ndo_open(dev);
	dev->netdev_ops->ndo_change_mtu(dev, 1500);
	spin_unlock(&dev->lock);
}

/* Silent: ndo_open in a task is what its contract allows. */
int core_open(struct net_device *dev)
{
	return dev->netdev_ops->ndo_open(dev);
}
