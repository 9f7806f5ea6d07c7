#include "../include/kapi.h"

static spinlock_t l;
static int state;

void forgets_unlock(void)
{
	spin_lock(&l);
	if (state)
		return;
	spin_unlock(&l);
}

void unlock_on_error_path_only(int err)
{
	if (err) {
		spin_unlock(&l);
		return;
	}
	state = 1;
}

void takes_in_loop(int n)
{
	while (n--)
		spin_lock(&l);
}

void balanced_everywhere(void)
{
	spin_lock(&l);
	if (state) {
		spin_unlock(&l);
		return;
	}
	state = 1;
	spin_unlock(&l);
}

/*
 * check-name: return paths that disagree
 * check-description: one warning per function whose paths return in
 *	different states with nothing, like a return value, to tell them apart
 *
 * check-error-start
 * check-error-end
 */
