#include "../include/kapi.h"

static spinlock_t l;

void sleeps(void)
{
	spin_lock(&l);
	msleep(1);
	spin_unlock(&l);
}

/*
 * check-name: kbuild's command line is accepted
 * check-command: klint-sparse -D__linux__ -Dlinux -D__STDC__ -Dunix -D__unix__ -Wbitwise -Wno-return-void -Wno-unknown-attribute -D__x86_64__ --arch=x86 -mlittle-endian -m64 -Wp,-MMD,/tmp/.kbuild-cmdline.o.d -nostdinc -D__KERNEL__ -fmacro-prefix-map=./= -Wall -Wundef -Werror=strict-prototypes -Wno-trigraphs -fno-strict-aliasing -fno-common -fshort-wchar -fno-PIE -std=gnu11 -mno-sse -mcmodel=kernel -O2 -fno-allow-store-data-races -Wframe-larger-than=2048 -fstack-protector-strong -DMODULE -DKBUILD_BASENAME='"x"' -DKBUILD_MODNAME='"x"' $file
 *
 * check-error-start
options/kbuild-cmdline.c:8:9: warning: msleep() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
options/kbuild-cmdline.c:7:9: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
