#include "../../include/kapi.h"

#define DIRTY_INODE	3
#define DIRTY_PAGES	4

struct inode;
struct super_operations {
	void (*dirty_inode)(struct inode *inode, int flags);
};
struct inode {
	const struct super_operations *ops;
};

static struct mutex m;

static void fs_dirty_inode(struct inode *inode, int flags)
{
	mutex_lock(&m);
	mutex_unlock(&m);
}

const struct super_operations fs_ops = {
	.dirty_inode = fs_dirty_inode,
};

/* __mark_inode_dirty(): only the inode flags reach ->dirty_inode(). */
void mark_dirty(struct inode *inode, int flags)
{
	if (flags & DIRTY_INODE)
		inode->ops->dirty_inode(inode, flags);
}

/* A wait that sleeps only with a slow timeout, as i915's waits. */
int wait_for(int fast_us, int slow_ms)
{
	if (slow_ms)
		msleep(slow_ms);
	else
		udelay(fast_us);
	return 0;
}

/* A registration function that sleeps for some commands only. */
int reg(int type)
{
	switch (type) {
	case 0:
		mutex_lock(&m);
		mutex_unlock(&m);
		return 0;
	case 1:
		return 0;
	}
	return -1;
}

/* Hands its flag on, one level deeper. */
void mark_dirty_twice(struct inode *inode, int flags)
{
	mark_dirty(inode, flags);
	mark_dirty(inode, flags);
}
