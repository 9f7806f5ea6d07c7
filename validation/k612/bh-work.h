/* Linux 6.12's workqueue API as sparse sees it (include/linux/workqueue.h). */
#include "../include/kapi.h"

/* 6.12 include/linux/workqueue_types.h:16 */
struct work_struct;
typedef void (*work_func_t)(struct work_struct *work);
struct list_head { struct list_head *next, *prev; };
struct work_struct {
	long data;
	struct list_head entry;
	work_func_t func;
};
struct timer6 { long expires; void (*function)(void *); };
struct delayed_work { struct work_struct work; struct timer6 timer; int cpu; };
struct workqueue_struct;

extern struct workqueue_struct *system_wq;
extern struct workqueue_struct *system_bh_wq;
extern struct workqueue_struct *system_bh_highpri_wq;

enum { WQ_BH = 1 << 0, WQ_UNBOUND = 1 << 1, WQ_HIGHPRI = 1 << 4 };
struct workqueue_struct *alloc_workqueue(const char *fmt, unsigned int flags,
					 int max_active, ...);

bool queue_work_on(int cpu, struct workqueue_struct *wq, struct work_struct *work);
bool queue_delayed_work_on(int cpu, struct workqueue_struct *wq,
			   struct delayed_work *work, unsigned long delay);
static inline bool queue_work(struct workqueue_struct *wq, struct work_struct *work)
{
	return queue_work_on(-1, wq, work);
}
static inline bool queue_delayed_work(struct workqueue_struct *wq,
				      struct delayed_work *dwork, unsigned long delay)
{
	return queue_delayed_work_on(-1, wq, dwork, delay);
}
static inline bool schedule_work(struct work_struct *work)
{
	return queue_work(system_wq, work);
}

#define INIT_WORK(_work, _func)						\
	do {								\
		(_work)->data = 0;					\
		(_work)->entry.next = (_work)->entry.prev = &(_work)->entry; \
		(_work)->func = (_func);				\
	} while (0)
#define INIT_DELAYED_WORK(_work, _func)	INIT_WORK(&(_work)->work, (_func))
#define DECLARE_WORK(n, f)						\
	struct work_struct n = { .data = 0, .func = (f) }
