/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The annotation tables: what kernel primitives do to the atomic state.
 * Documentation/annotations.rst describes the format.
 */
#ifndef KS_TABLE_H
#define KS_TABLE_H

#include <stdbool.h>

#include "atomic.h"

enum rt_mode {
	RT_SAME,	/* PREEMPT_RT changes nothing */
	RT_SLEEP,	/* a sleeping lock on RT: no count change, may sleep */
	RT_NONE,	/* no effect at all on RT */
};

/* on_each_cpu_cond_mask() registers a condition and a function */
#define MAX_REGS	2

struct effect {
	const char *name;
	const char *display;	/* as=: what messages call it */
	const char *file;
	int line;
	int adj[NR_DIMS];
	unsigned int abs;	/* bit d: adj[d] is set, not added ("irq=0") */
	int adj_arg;		/* 1-based argument added to the preempt depth */
	int adj_arg_sign;
	int gfp_arg;		/* 1-based argument holding a gfp mask */
	int null_arg;		/* sleep-if-null=K: sleeps when argument K is NULL */
	/*
	 * registers=K:CONTEXT: argument K is a function called in that
	 * context; registers=K.FIELD:CONTEXT: argument K points to a struct
	 * whose FIELD holds it (a notifier_block's notifier_call).
	 */
	struct reg {
		int arg;	/* 1-based; 0: unused */
		const char *field;	/* or NULL */
		int ctx;	/* entry_context_parse() */
	} reg[MAX_REGS];
	/*
	 * calls=K:CONTEXT: calls the function argument K before it returns,
	 * in CONTEXT relative to its caller's state (an iterator that holds
	 * a spinlock around its callback; "process" adds nothing).
	 */
	const struct param_calls *calls;
	/*
	 * Only calls=: the row says how the API calls its callback and
	 * nothing else; what it does itself comes from its body, a
	 * database or the link step, as for a function with no row.
	 */
	bool calls_only;
	/* queues=W:Q: queues the work item argument W on workqueue argument Q */
	int queue_work_arg;
	int queue_wq_arg;
	bool sleep;
	bool fault;		/* sleeps only to fault pages in */
	bool task_sleep;	/* sleeps only outside softirq and hardirq context */
	/* drops-lock: the depths it drops around its sleep, the caller's lock */
	int drops[NR_DIMS];
	bool nosleep;
	bool if_ret;		/* adjustments only for one kind of result: */
	bool if_zero;		/* zero, rather than non-zero */
	/*
	 * A non-zero result says a reference count reached zero: paths past
	 * it, or past the true side of an inline's first test, are paths of
	 * the last reference; with sleep, it sleeps only on those.
	 */
	bool last_ref;
	/* arg-bit=K:MASK: made only when argument K has a bit of MASK set */
	int arg_bits_arg;
	unsigned long long arg_bits;
	bool opaque;		/* its row wins even over a body with known calls */
	enum what what;
	enum rt_mode rt;
	/*
	 * rt-lock=K:TYPE[:NAME]: rt= holds only for a lock of that type in argument
	 * K (_raw_spin_lock() serves spinlock_t and raw_spinlock_t); on
	 * PREEMPT_RT the row is then @rt_variant.
	 */
	int rt_lock_arg;
	const char *rt_lock_type;
	const char *rt_display;		/* what messages call it then */
	const struct effect *rt_variant;
};

#define MAX_PERCPU_OFFSETS	4
#define MAX_BH_WORKQUEUES	4

struct tables {
	unsigned long gfp_direct_reclaim;
	const char *count_variable;	/* what preempt_count() reads */
	/* @percpu-offset-variable: this_cpu_ptr() and per_cpu_ptr() add these */
	const char *percpu_offsets[MAX_PERCPU_OFFSETS];
	int nr_percpu_offsets;
	/* The inline whose asm reads the CPU flags, and their interrupts-on bit */
	const char *flags_reader;
	unsigned long long flags_irq_on;
	/* @bh-workqueue: variables holding workqueues that run work in softirqs */
	const char *bh_workqueues[MAX_BH_WORKQUEUES];
	int nr_bh_workqueues;
	/* @bh-workqueue-alloc: a workqueue allocated with a flag of the mask */
	const char *bh_alloc;
	int bh_alloc_arg;
	unsigned long long bh_alloc_mask;
	/* @work-function STRUCT FIELD: what a queued work item's handler is */
	const char *work_struct;
	const char *work_func;
	/*
	 * The checked kernel's version, (major << 8) | minor: directives
	 * with since= or before= hold only for some versions.  Set before
	 * the tables are loaded.
	 */
	int kernel_version;
};

extern struct tables tables;

/* Loads every *.tbl in @dir, in name order; exits with a message on error. */
void table_load_dir(const char *dir);
/* Loads one table file; returns 0, or -1 after printing FILE:LINE: error. */
int table_load_file(const char *path);
const struct effect *table_lookup(const char *name, int len);
/* "GFP_KERNEL|__GFP_ZERO": for messages, in the file's arena. */
const char *table_gfp_describe(unsigned long mask);
/*
 * The context a function stored in STRUCT's FIELD runs in (@entry-field),
 * an entry_context_parse() index, or -1 if no directive names it; @where,
 * if not NULL, gets the directive's "FILE:LINE".
 */
int table_entry_field(const char *type, const char *member, const char **where);
/* The mask a @gfp-name directive gives @name. */
bool table_gfp_value(const char *name, unsigned long *mask);
/* The kind of atomicity a sparse context on this type or name stands for. */
bool table_context_kind(const char *name, int len, enum what *what);
/* Rewrites lock rows for PREEMPT_RT, where spinlock_t may sleep. */
void table_apply_rt(void);

#endif
