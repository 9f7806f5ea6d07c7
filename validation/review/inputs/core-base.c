#include "kapi.h"

void hw_reset(void);

static spinlock_t core_lock;
static struct mutex core_mutex;

/* An old bug: there at both ends, never reported. */
void core_old_bug(void)
{
	spin_lock(&core_lock);
	msleep(10);
	spin_unlock(&core_lock);
}

void core_reset(void)
{
	spin_lock(&core_lock);
	hw_reset();
	spin_unlock(&core_lock);
}

void core_fine(void)
{
	mutex_lock(&core_mutex);
	mutex_unlock(&core_mutex);
}
