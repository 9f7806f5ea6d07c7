#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# Writes broken copies of the summary file $2 into directory $1: the
# inputs a link step meets in a real build directory.
dir=$1
good=$2
n=$(wc -c <"$good")
head -c $((n / 2)) "$good" >"$dir/truncated.o.klint"
sed '0,/^\tadj 0/s//\tadj 1..x/' "$good" >"$dir/corrupted.o.klint"
sed '1s/ 1$/ 99/' "$good" >"$dir/version.o.klint"
printf 'cmd_foo.o := gcc -c foo.c\n' >"$dir/notsummary.o.klint"
: >"$dir/empty.o.klint"
printf 'klint-summary 1\nunit a.c\nfn f global a.c:1:1\n\tadj 0 0 0 0 0\n\t\tat \0binary\nend\n' \
	>"$dir/nul.o.klint"
printf 'klint-summary 1\nunit a.c\nfn f global a.c:1:1\n\t\t\tat a.c:1:1 too deep\nend\n' \
	>"$dir/nesting.o.klint"
printf 'klint-summary 1\nunit a.c\nfn f global a.c:1:1\n\tadj 99999999999999999999 0 0 0 0\nend\n' \
	>"$dir/overflow.o.klint"
printf 'klint-summary 1\nunit a.c\nbits port caps 0x8000\nbits port 0x1\nend\n' \
	>"$dir/bits.o.klint"
printf 'klint-summary 1\nunit a.c\nfn f global a.c:1:1\n\tadj 0 0 0 0 0\n\tfield-expect port caps clear 0x8000 live 0 0 0 0 0 0..\nend\n' \
	>"$dir/field-expect.o.klint"
printf 'klint-summary 1\nunit a.c\nfn f global a.c:1:1\n\tadj 0 0 0 0 0\n\tregisters x hardirq request_irq\nend\n' \
	>"$dir/registers.o.klint"
printf 'klint-summary 1\nunit a.c\nfn f global a.c:1:1\n\tadj 0 0 0 0 0\n\tregisters 2 process request_irq\nend\n' \
	>"$dir/registers-context.o.klint"
printf 'klint-summary 1\nunit a.c\nbits ll_driver request nonnull\nbits ll_driver raw nonnul\nend\n' \
	>"$dir/bits-nonnull.o.klint"
printf 'klint-summary 1\nunit a.c\nfn f global a.c:1:1\n\tadj 0 0 0 0 0\n\tfield-expect ll_driver.request ne 0 live 0 0 0 0 0 0..\n\tfield-expect ll_driver.raw ne 0x4 live 0 0 0 0 0 0..\nend\n' \
	>"$dir/field-expect-ne.o.klint"
