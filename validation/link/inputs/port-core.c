#include "../../include/kapi.h"
#include "port.h"

static const struct port_config configs[] = {
	{ .flags = CAP_FIFO },
	{ .flags = CAP_FIFO | CAP_EFR | CAP_SLEEP },
};

/* Sleeps only for ports with CAP_RPM, which no store sets */
void port_rpm_get(struct port *p)
{
	if (!(p->caps & CAP_RPM))
		return;
	msleep(1);
}

/* Sleeps for quirk 0x10, which port_setup() may copy in from its caller */
void port_quirk_wait(struct port *p)
{
	if (p->quirks & 0x10)
		msleep(1);
}

/* Sleeps for state bit 0x4, which set_bit() may set */
void port_state_wait(struct port *p)
{
	if (p->state & 0x4)
		msleep(1);
}

/* x86's: the bit is set through the field's address */
static inline void set_bit(long nr, volatile unsigned long *addr)
{
	asm volatile("lock btsq %1,%0" : : "m" (*(volatile long *)addr), "Ir" (nr) : "memory");
}

/* Sleeps for mode bit 0x10000, which a store into the other member sets */
void port_mode_wait(struct port *p)
{
	if (p->mode & 0x10000)
		msleep(1);
}

void port_setup(struct port *p, unsigned int quirks)
{
	p->mode_hi = 1;
	p->caps = configs[p->type].flags;
	p->caps |= CAP_EFR;
	p->quirks = quirks;
	set_bit(2, &p->state);
}
