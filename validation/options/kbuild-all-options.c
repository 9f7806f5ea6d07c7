#include "../include/kapi.h"

static spinlock_t l;

void sleeps(void)
{
	spin_lock(&l);
	msleep(1);
	spin_unlock(&l);
}

/*
 * check-name: every option of a whole x86 defconfig build is accepted
 * check-description: inputs/kbuild-options.txt holds each distinct gcc
 *	option on the first line of the .NAME.o.cmd files of a 6.1
 *	defconfig build, but those naming a file or a macro (-Wp,-MMD,
 *	-I, -D, -include): none is taken for a misspelt option of ours.
 * check-command: klint-sparse --no-summary $(cat options/inputs/kbuild-options.txt) $file
 *
 * check-error-start
options/kbuild-all-options.c:8:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
options/kbuild-all-options.c:7:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
