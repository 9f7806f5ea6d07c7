#include "../include/kapi.h"

#define WAKEREF_PUT_ASYNC	0x1
#define WAKEREF_PUT_DELAY	0xf0

struct wakeref;

void wakeref_put_last(struct wakeref *wf, unsigned long flags);
void wakeref_put_flags(struct wakeref *wf, unsigned long flags);
void wakeref_put_delay(struct wakeref *wf, unsigned long delay);

static spinlock_t sample_lock;

static inline void wakeref_put_async(struct wakeref *wf)
{
	wakeref_put_last(wf, WAKEREF_PUT_ASYNC);
}

void sample_async(struct wakeref *wf)
{
	spin_lock(&sample_lock);
	wakeref_put_async(wf);
	wakeref_put_last(wf, WAKEREF_PUT_ASYNC | WAKEREF_PUT_DELAY);
	wakeref_put_flags(wf, WAKEREF_PUT_ASYNC);
	wakeref_put_delay(wf, 3);
	spin_unlock(&sample_lock);
}

void sample_sync(struct wakeref *wf)
{
	spin_lock(&sample_lock);
	wakeref_put_last(wf, WAKEREF_PUT_DELAY);
	spin_unlock(&sample_lock);
}

void sample_sync_wrapped(struct wakeref *wf)
{
	spin_lock(&sample_lock);
	wakeref_put_flags(wf, 0);
	spin_unlock(&sample_lock);
}

/*
 * check-name: a flag that is set decides a test across files
 * check-description: wakeref_put_last() sleeps only when the ASYNC bit
 *	of its flags is clear; callers that pass the bit set, alone, with
 *	other bits, or through a wrapper that hands its flags on or sets
 *	the bit itself, are silent under a spinlock; those that pass it
 *	clear are reported.
 * check-command: sh link/link.sh klint-sparse klint-link $file link/inputs/wakeref-put.c
 *
 * check-error-start
link/set-case.c:32:9: warning: wakeref_put_last() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/set-case.c:31:9: note: spin_lock() acquires a spinlock here
link/inputs/wakeref-put.c:24:9: note: wakeref_put_last() calls park()
link/inputs/wakeref-put.c:13:9: note: park() calls msleep(), which may sleep
link/set-case.c:39:9: warning: wakeref_put_flags() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/set-case.c:38:9: note: spin_lock() acquires a spinlock here
link/inputs/wakeref-put.c:30:9: note: wakeref_put_flags() calls wakeref_put_last()
link/inputs/wakeref-put.c:24:9: note: wakeref_put_last() calls park()
link/inputs/wakeref-put.c:13:9: note: park() calls msleep(), which may sleep
 * check-error-end
 */
