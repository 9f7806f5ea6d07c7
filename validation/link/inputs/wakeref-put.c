#include "../../include/kapi.h"

#define WAKEREF_PUT_ASYNC	0x1
#define WAKEREF_PUT_DELAY	0xf0

struct wakeref {
	struct mutex mutex;
	int deferred;
};

static void park(struct wakeref *wf)
{
	msleep(1);
	mutex_unlock(&wf->mutex);
}

/* Drops the last reference: parks now, or defers to a worker when asked to */
void wakeref_put_last(struct wakeref *wf, unsigned long flags)
{
	if (flags & WAKEREF_PUT_ASYNC || !mutex_trylock(&wf->mutex)) {
		wf->deferred = 1;
		return;
	}
	park(wf);
}

/* Hands its flags on: its callers' constants decide it as well */
void wakeref_put_flags(struct wakeref *wf, unsigned long flags)
{
	wakeref_put_last(wf, flags);
}

/* Asks for a deferred put whatever the delay: never parks here */
void wakeref_put_delay(struct wakeref *wf, unsigned long delay)
{
	wakeref_put_last(wf, WAKEREF_PUT_ASYNC | (delay << 4));
}
