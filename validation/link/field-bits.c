#include "../include/kapi.h"
#include "inputs/port.h"

static spinlock_t lock;

void rpm_under_lock(struct port *p)
{
	spin_lock(&lock);
	port_rpm_get(p);
	spin_unlock(&lock);
}

void quirk_under_lock(struct port *p)
{
	spin_lock(&lock);
	port_quirk_wait(p);
	spin_unlock(&lock);
}

void state_under_lock(struct port *p)
{
	spin_lock(&lock);
	port_state_wait(p);
	spin_unlock(&lock);
}

void mode_under_lock(struct port *p)
{
	spin_lock(&lock);
	port_mode_wait(p);
	spin_unlock(&lock);
}

/*
 * check-name: a flag no store sets, across files
 * check-description: port_rpm_get() sleeps only when the port has
 *	CAP_RPM, and no file of the link stores that bit into port.caps: its
 *	stores are a copy of port_config.flags, whose initializers never
 *	set it, and a constant.  Calling it under a spinlock is silent.
 *	A bit a store copies in from a caller's argument, and a bit set
 *	through the field's address (set_bit()), or by a store into another
 *	member of a union, may be set: those sleeps are reported.  So is port_rpm_get() once a driver in the link sets
 *	CAP_RPM.  A database carries the kernel's facts to a module.
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/port-core.c && echo "== a driver sets CAP_RPM" >&2 && sh link/link.sh klint-sparse klint-link $file link/inputs/port-core.c link/inputs/port-rpm.c && echo "== through a database" >&2 && t=$(mktemp -d) && klint-sparse --summary=$t/a.o.klint link/inputs/port-core.c && klint-link -o $t/db $t && grep -q "^bits port caps 0x7$" $t/db && klint-sparse --db=$t/db $file; rc=$?; rm -rf $t; exit $rc
 *
 * check-error-start
link/field-bits.c:16:9: warning: port_quirk_wait() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/field-bits.c:15:9: note: spin_lock() acquires a spinlock here
link/inputs/port-core.c:21:17: note: port_quirk_wait() calls msleep(), which may sleep
link/field-bits.c:23:9: warning: port_state_wait() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/field-bits.c:22:9: note: spin_lock() acquires a spinlock here
link/inputs/port-core.c:28:17: note: port_state_wait() calls msleep(), which may sleep
link/field-bits.c:30:9: warning: port_mode_wait() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/field-bits.c:29:9: note: spin_lock() acquires a spinlock here
link/inputs/port-core.c:41:17: note: port_mode_wait() calls msleep(), which may sleep
== a driver sets CAP_RPM
link/field-bits.c:9:9: warning: port_rpm_get() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/field-bits.c:8:9: note: spin_lock() acquires a spinlock here
link/inputs/port-core.c:14:9: note: port_rpm_get() calls msleep(), which may sleep
link/field-bits.c:16:9: warning: port_quirk_wait() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/field-bits.c:15:9: note: spin_lock() acquires a spinlock here
link/inputs/port-core.c:21:17: note: port_quirk_wait() calls msleep(), which may sleep
link/field-bits.c:23:9: warning: port_state_wait() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/field-bits.c:22:9: note: spin_lock() acquires a spinlock here
link/inputs/port-core.c:28:17: note: port_state_wait() calls msleep(), which may sleep
link/field-bits.c:30:9: warning: port_mode_wait() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/field-bits.c:29:9: note: spin_lock() acquires a spinlock here
link/inputs/port-core.c:41:17: note: port_mode_wait() calls msleep(), which may sleep
== through a database
link/field-bits.c:16:9: warning: port_quirk_wait() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/field-bits.c:15:9: note: spin_lock() acquires a spinlock here
link/inputs/port-core.c:21:17: note: port_quirk_wait() calls msleep(), which may sleep
link/field-bits.c:23:9: warning: port_state_wait() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/field-bits.c:22:9: note: spin_lock() acquires a spinlock here
link/inputs/port-core.c:28:17: note: port_state_wait() calls msleep(), which may sleep
link/field-bits.c:30:9: warning: port_mode_wait() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/field-bits.c:29:9: note: spin_lock() acquires a spinlock here
link/inputs/port-core.c:41:17: note: port_mode_wait() calls msleep(), which may sleep
 * check-error-end
 */
