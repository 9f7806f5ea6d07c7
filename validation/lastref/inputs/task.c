#include "../../include/refcount.h"

struct task_struct {
	refcount_t usage;
	void *stack;
};

void free_task_stack(struct task_struct *t);

/* The release sleeps: put_task_struct() sleeps on the last put only. */
static void __put_task_struct(struct task_struct *t)
{
	vfree(t->stack);
}

void put_task_struct(struct task_struct *t)
{
	if (refcount_dec_and_test(&t->usage))
		__put_task_struct(t);
}

/* Its release is in a third file: the link step marks the call. */
void put_task_stack(struct task_struct *t)
{
	if (refcount_dec_and_test(&t->usage))
		free_task_stack(t);
}
