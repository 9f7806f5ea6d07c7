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
 * check-error-end
 */
