/*
 * check-name: offsets added to preempt_count() are decoded into depths
 * check-description: preempt_count_add(SOFTIRQ_DISABLE_OFFSET) disables
 *	bottom halves, SOFTIRQ_LOCK_OFFSET (spin_lock_bh()) adds a preempt
 *	depth too, HARDIRQ_OFFSET enters hard interrupt context; the matching
 *	subtractions leave sleeping allowed again.
 *
 * check-error-start
lattice/count-offset.c:30:9: warning: msleep() may sleep while bottom halves are disabled (preempt count 0x200) [-Watomic-sleep]
lattice/count-offset.c:29:9: note: preempt_count_add() disables bottom halves here
lattice/count-offset.c:37:9: warning: msleep() may sleep while preemption is disabled (preempt count 0x201) [-Watomic-sleep]
lattice/count-offset.c:36:9: note: __local_bh_disable_ip() disables preemption here
lattice/count-offset.c:44:9: warning: msleep() may sleep while in hard interrupt context (preempt count 0x10000) [-Watomic-sleep]
lattice/count-offset.c:43:9: note: preempt_count_add() enters hard interrupt context here
 * check-error-end
 */
void preempt_count_add(int val);
void preempt_count_sub(int val);
void __local_bh_disable_ip(unsigned long ip, unsigned int cnt);
void __local_bh_enable_ip(unsigned long ip, unsigned int cnt);
void msleep(unsigned int ms);

#define SOFTIRQ_DISABLE_OFFSET	0x200
#define SOFTIRQ_LOCK_OFFSET	0x201
#define HARDIRQ_OFFSET		0x10000

void bh_off_by_offset(void)
{
	preempt_count_add(SOFTIRQ_DISABLE_OFFSET);
	msleep(1);
	preempt_count_sub(SOFTIRQ_DISABLE_OFFSET);
}

void bh_lock_offset(void)
{
	__local_bh_disable_ip(0, SOFTIRQ_LOCK_OFFSET);
	msleep(1);
	__local_bh_enable_ip(0, SOFTIRQ_LOCK_OFFSET);
}

void hardirq_offset(void)
{
	preempt_count_add(HARDIRQ_OFFSET);
	msleep(1);
	preempt_count_sub(HARDIRQ_OFFSET);
}

/* Silent: balanced before the sleep. */
void balanced_then_sleep(void)
{
	__local_bh_disable_ip(0, SOFTIRQ_LOCK_OFFSET);
	__local_bh_enable_ip(0, SOFTIRQ_LOCK_OFFSET);
	msleep(1);
}
