/*
 * check-name: the summary file of a small file, record by record
 * check-description: Documentation/summary-format.rst describes each line.
 * check-command: t=$(mktemp -d) && klint-sparse --summary=$t/s.klint $file && cat $t/s.klint; rm -rf $t
 *
 * check-output-start
klint-summary 1
unit summary-file/format.c
fn start_dev static summary-file/format.c:63:13
	adj 0 0 0 0 0
	expect 0 0 0 0 0..
		at summary-file/format.c:65:9 start_dev() calls msleep(), which may sleep
fn stop_dev static summary-file/format.c:69:12
	adj 0 0 0 0 0
	expect 0.. 0.. 0.. 0.. 0..
	call 0 global ext_prepare summary-file/format.c:72:9
		case 1 0 0 0 0 must 0 may 0
			origin preempt spinlock
				at summary-file/format.c:71:9 spin_lock() acquires a spinlock here
	ret nzp 0 0 0 0 0 must 0x1 may 0x1
fn lock_if global summary-file/format.c:78:5
	adj 0..1 0 0 0 0
		origin preempt spinlock
			at summary-file/format.c:82:9 spin_lock() acquires a spinlock here
	adj-neg 0 0 0 0 0
	adj-zero 1 0 0 0 0
		origin preempt spinlock
			at summary-file/format.c:82:9 spin_lock() acquires a spinlock here
	expect 0.. 0.. 0.. 0.. 0..
	call 0 global ext_try summary-file/format.c:80:13
		case 0 0 0 0 0 must 0 may 0
	call 1 global udelay summary-file/format.c:83:9 arg1=0x1
		case 1 0 0 0 0 must 0x1 may 0x1
			origin preempt spinlock
				at summary-file/format.c:82:9 spin_lock() acquires a spinlock here
	ret n 0 0 0 0 0 must 0x1 may 0x1
	ret z 1 0 0 0 0 must 0x3 may 0x3
		origin preempt spinlock
			at summary-file/format.c:82:9 spin_lock() acquires a spinlock here
fn get_ops global summary-file/format.c:92:22
	adj 0 0 0 0 0
	expect 0.. 0.. 0.. 0.. 0..
bits dev_ops start nonnull
bits dev_ops stop nonnull
field dev_ops@summary-file/format.c start start_dev static summary-file/format.c:88:18
field dev_ops@summary-file/format.c stop stop_dev static summary-file/format.c:89:17
end
 * check-output-end
 */
#include "../include/kapi.h"

struct dev_ops {
	void (*start)(void);
	int (*stop)(int);
};

void ext_prepare(void);
int ext_try(void);

static spinlock_t lock;

/* Closed: everything it calls is known here. */
static void start_dev(void)
{
	msleep(1);
}

/* Open: a call into another file, under the lock. */
static int stop_dev(int x)
{
	spin_lock(&lock);
	ext_prepare();
	spin_unlock(&lock);
	return x;
}

/* Returns holding the lock when ext_try() succeeds. */
int lock_if(void)
{
	if (ext_try())
		return -1;
	spin_lock(&lock);
	udelay(1);
	return 0;
}

static const struct dev_ops ops = {
	.start = start_dev,
	.stop = stop_dev,
};

const struct dev_ops *get_ops(void)
{
	return &ops;
}
