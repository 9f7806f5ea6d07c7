/*
 * check-name: broken summary files: one error each, the rest still linked, exit status 1
 * check-command: t=$(mktemp -d) && klint-sparse --summary=$t/good.o.klint $file && klint-sparse --summary=$t/deep.o.klint link/inputs/deep.c && sh link/make-bad.sh $t $t/good.o.klint && klint-link $t 2>&1 | sed "s|$t|T|g"; klint-link $t 2>/dev/null; echo "exit $?"; rm -rf $t
 *
 * check-output-start
T/bits-nonnull.o.klint:4: error: bad bit set 'nonnul'
T/bits.o.klint:4: error: bad bits
T/corrupted.o.klint:4: error: bad range '1..x'
T/empty.o.klint:1: error: empty file
T/field-expect-ne.o.klint:6: error: a field-expect tests a pointer against 0 only
T/field-expect.o.klint:5: error: bad field-expect
T/nesting.o.klint:4: error: line nested under nothing
T/notsummary.o.klint:1: error: not a klint summary file
T/nul.o.klint:5: error: a NUL byte: not a text file
T/overflow.o.klint:4: error: bad range '99999999999999999999'
T/registers-context.o.klint:5: error: bad context 'process'
T/registers.o.klint:5: error: bad registers
T/truncated.o.klint:6: error: truncated: the last line has no end
T/version.o.klint:1: error: format version 99, this klint reads version 1
link/bad-inputs.c:35:9: warning: deep_sleeper() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
link/bad-inputs.c:34:9: note: spin_lock() acquires a spinlock here
link/inputs/deep.c:5:9: note: deep_sleeper() calls msleep(), which may sleep
exit 1
 * check-output-end
 */
#include "../include/kapi.h"

void deep_sleeper(void);

static spinlock_t lock;

void sleeps_in_other_file(void)
{
	spin_lock(&lock);
	deep_sleeper();
	spin_unlock(&lock);
}
