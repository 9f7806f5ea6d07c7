#include "../../include/refcount.h"

struct task_struct {
	refcount_t usage;
	void *stack;
};

void free_task_stack(struct task_struct *t)
{
	vfree(t->stack);
}
