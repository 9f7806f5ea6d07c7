#include "../include/kapi.h"

/* 6.12 include/linux/mm.h:3071-3080: NULL when the page table went away */
typedef struct { unsigned long pte; } pte_t;
typedef struct { unsigned long pmd; } pmd_t;
struct mm_struct;
struct vm_fault { pmd_t *pmd; pte_t *pte; spinlock_t *ptl; };

pte_t *__pte_offset_map_lock(struct mm_struct *mm, pmd_t *pmd,
			     unsigned long addr, spinlock_t **ptlp);
static inline pte_t *pte_offset_map_lock(struct mm_struct *mm, pmd_t *pmd,
					 unsigned long addr, spinlock_t **ptlp)
{
	pte_t *pte;

	__cond_lock(*ptlp, pte = __pte_offset_map_lock(mm, pmd, addr, ptlp));
	return pte;
}
#define pte_unmap_unlock(pte, ptl)	do { spin_unlock(ptl); (void)(pte); } while (0)

/* The NULL path holds nothing: no unbalanced return, and it may sleep. */
int zap_one(struct mm_struct *mm, pmd_t *pmd, unsigned long addr)
{
	spinlock_t *ptl;
	pte_t *pte = pte_offset_map_lock(mm, pmd, addr, &ptl);

	if (!pte) {
		msleep(1);
		return -1;
	}
	pte->pte = 0;
	pte_unmap_unlock(pte, ptl);
	msleep(1);
	return 0;
}

/* mm/memory.c keeps the result in vmf->pte and tests that. */
int fault_one(struct mm_struct *mm, struct vm_fault *vmf, unsigned long addr)
{
	vmf->pte = pte_offset_map_lock(mm, vmf->pmd, addr, &vmf->ptl);
	if (!vmf->pte)
		return 0;
	vmf->pte->pte = 1;
	pte_unmap_unlock(vmf->pte, vmf->ptl);
	return 1;
}

/*
 * mm/memory.c:3917 (remove_device_exclusive_entry()): vmf->pte tested
 * twice, with a call between; then a sleep once the lock is dropped.
 */
void restore_pte(pte_t *pte);
int fault_twice(struct mm_struct *mm, struct vm_fault *vmf, unsigned long addr)
{
	vmf->pte = pte_offset_map_lock(mm, vmf->pmd, addr, &vmf->ptl);
	if (vmf->pte && vmf->pte->pte)
		restore_pte(vmf->pte);
	if (vmf->pte)
		pte_unmap_unlock(vmf->pte, vmf->ptl);
	msleep(1);
	return 0;
}

/*
 * mm/memory.c:3034 (__wp_page_copy_user()): vmf->pte set to NULL, then
 * maybe to a locked pte on one of two paths, and unlocked at one label if
 * set; a caller sleeps afterwards.
 */
bool pte_young_(pte_t *pte);
static inline int copy_user(struct mm_struct *mm, struct vm_fault *vmf, unsigned long addr,
		     int young)
{
	int ret = 0;

	vmf->pte = NULL;
	if (young) {
		vmf->pte = pte_offset_map_lock(mm, vmf->pmd, addr, &vmf->ptl);
		if (!vmf->pte || !pte_young_(vmf->pte)) {
			ret = -1;
			goto pte_unlock;
		}
	}
	if (young > 1) {
		if (vmf->pte)
			goto warn;
		vmf->pte = pte_offset_map_lock(mm, vmf->pmd, addr, &vmf->ptl);
		if (!vmf->pte || !pte_young_(vmf->pte)) {
			ret = -2;
			goto pte_unlock;
		}
	}
warn:
	ret = 1;
pte_unlock:
	if (vmf->pte)
		pte_unmap_unlock(vmf->pte, vmf->ptl);
	return ret;
}

int wp_copy(struct mm_struct *mm, struct vm_fault *vmf, unsigned long addr)
{
	int err = copy_user(mm, vmf, addr, 2);

	msleep(1);
	return err;
}

/* The reporting twin: a sleep while the page table lock is held. */
int sleep_locked(struct mm_struct *mm, pmd_t *pmd, unsigned long addr)
{
	spinlock_t *ptl;
	pte_t *pte = pte_offset_map_lock(mm, pmd, addr, &ptl);

	if (!pte)
		return -1;
	msleep(1);
	pte_unmap_unlock(pte, ptl);
	return 0;
}

/*
 * check-name: pte_offset_map_lock() may return NULL (6.5+) without the lock, also kept in vmf->pte
 * check-command: klint-sparse -Wunbalanced-return $file
 *
 * check-error-start
k612/pte-lock.c:116:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
k612/pte-lock.c:112:22: note: __pte_offset_map_lock() acquires a spinlock here (by __cond_lock())
 * check-error-end
 */
