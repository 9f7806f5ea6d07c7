#include "../include/kapi.h"
#include "inputs/ll.h"

static spinlock_t lock;

void request_under_lock(struct hdev *h)
{
	spin_lock(&lock);
	hw_request(h, 1);
	spin_unlock(&lock);
}

void raw_under_lock(struct hdev *h)
{
	spin_lock(&lock);
	hw_raw(h);
	spin_unlock(&lock);
}

void power_under_lock(struct hdev *h)
{
	spin_lock(&lock);
	hw_power(h, 1);
	spin_unlock(&lock);
}

void idle_under_lock(struct hdev *h)
{
	spin_lock(&lock);
	hw_idle(h);
	spin_unlock(&lock);
}

/*
 * check-name: a method no driver leaves NULL, across files
 * check-description: hw_request() sleeps only when the device's driver
 *	has no ->request (through a call into another file, made by a
 *	function whose tests of the request type fill the other cases), and
 *	the one driver of the link sets it in usb_ll's initializer (an
 *	object declared first and initialized below).  Calling it under a
 *	spinlock is silent.  A member a store clears (->raw), one a
 *	store copies from an argument (->power), and one a union overlays
 *	(->idle) may be NULL: those sleeps are reported.  So is
 *	hw_request() once one driver's initializer leaves ->request out,
 *	once a driver object has no initializer at all, once a nested
 *	initializer zeroes it ({ 0 }), and once a driver is built at run
 *	time, by a store of a function or a copy of one: such an object may
 *	be allocated elsewhere without it.  A database carries the facts to
 *	a module.
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/ll-core.c link/inputs/ll-report.c link/inputs/ll-usb.c && for d in bt spare nested runtime; do echo "== with link/inputs/ll-$d.c" >&2; sh link/link.sh klint-sparse klint-link $file link/inputs/ll-core.c link/inputs/ll-report.c link/inputs/ll-usb.c link/inputs/ll-$d.c 2>&1 | grep -A4 "hw_request() may" >&2; done && echo "== through a database" >&2 && t=$(mktemp -d) && klint-sparse --summary=$t/a.o.klint link/inputs/ll-core.c && klint-sparse --summary=$t/b.o.klint link/inputs/ll-usb.c && klint-sparse --summary=$t/c.o.klint link/inputs/ll-report.c && klint-link -o $t/db $t && grep -q "^bits ll_driver request nonnull$" $t/db && grep -q "^bits ll_driver raw any$" $t/db && klint-sparse --db=$t/db $file; rc=$?; rm -rf $t; exit $rc
 *
 * check-error-start
link/field-nonnull.c:16:9: warning: hw_raw() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/field-nonnull.c:15:9: note: spin_lock() acquires a spinlock here
link/inputs/ll-core.c:35:17: note: hw_raw() calls msleep(), which may sleep
link/field-nonnull.c:23:9: warning: hw_power() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/field-nonnull.c:22:9: note: spin_lock() acquires a spinlock here
link/inputs/ll-core.c:44:17: note: hw_power() calls msleep(), which may sleep
link/field-nonnull.c:30:9: warning: hw_idle() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/field-nonnull.c:29:9: note: spin_lock() acquires a spinlock here
link/inputs/ll-core.c:55:17: note: hw_idle() calls msleep(), which may sleep
== with link/inputs/ll-bt.c
link/field-nonnull.c:9:9: warning: hw_request() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/field-nonnull.c:8:9: note: spin_lock() acquires a spinlock here
link/inputs/ll-core.c:28:9: note: hw_request() calls __hw_request()
link/inputs/ll-core.c:12:17: note: __hw_request() calls ll_alloc_report()
link/inputs/ll-report.c:6:9: note: ll_alloc_report() calls msleep(), which may sleep
== with link/inputs/ll-spare.c
link/field-nonnull.c:9:9: warning: hw_request() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/field-nonnull.c:8:9: note: spin_lock() acquires a spinlock here
link/inputs/ll-core.c:28:9: note: hw_request() calls __hw_request()
link/inputs/ll-core.c:12:17: note: __hw_request() calls ll_alloc_report()
link/inputs/ll-report.c:6:9: note: ll_alloc_report() calls msleep(), which may sleep
== with link/inputs/ll-nested.c
link/field-nonnull.c:9:9: warning: hw_request() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/field-nonnull.c:8:9: note: spin_lock() acquires a spinlock here
link/inputs/ll-core.c:28:9: note: hw_request() calls __hw_request()
link/inputs/ll-core.c:12:17: note: __hw_request() calls ll_alloc_report()
link/inputs/ll-report.c:6:9: note: ll_alloc_report() calls msleep(), which may sleep
== with link/inputs/ll-runtime.c
link/field-nonnull.c:9:9: warning: hw_request() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/field-nonnull.c:8:9: note: spin_lock() acquires a spinlock here
link/inputs/ll-core.c:28:9: note: hw_request() calls __hw_request()
link/inputs/ll-core.c:12:17: note: __hw_request() calls ll_alloc_report()
link/inputs/ll-report.c:6:9: note: ll_alloc_report() calls msleep(), which may sleep
== through a database
link/field-nonnull.c:16:9: warning: hw_raw() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/field-nonnull.c:15:9: note: spin_lock() acquires a spinlock here
link/inputs/ll-core.c:35:17: note: hw_raw() calls msleep(), which may sleep
link/field-nonnull.c:23:9: warning: hw_power() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/field-nonnull.c:22:9: note: spin_lock() acquires a spinlock here
link/inputs/ll-core.c:44:17: note: hw_power() calls msleep(), which may sleep
link/field-nonnull.c:30:9: warning: hw_idle() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/field-nonnull.c:29:9: note: spin_lock() acquires a spinlock here
link/inputs/ll-core.c:55:17: note: hw_idle() calls msleep(), which may sleep
 * check-error-end
 */
