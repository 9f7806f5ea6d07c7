/*
 * check-name: a source path with spaces and a backslash survives the summary file
 * check-command: t=$(mktemp -d) && mkdir "$t/my dir" && cp $file "$t/my dir/a b\\c.c" && printf 'void msleep(unsigned int ms);\nvoid deep_sleeper(void)\n{\n\tmsleep(1);\n}\n' >"$t/my dir/deep.c" && cd "$t/my dir" && klint-sparse --summary=../a.o.klint 'a b\c.c' && klint-sparse --summary=../d.o.klint deep.c && grep '^unit' ../a.o.klint && klint-link .. ; rc=$?; cd /; rm -rf "$t"; exit $rc
 *
 * check-output-start
unit a\040b\134c.c
 * check-output-end
 *
 * check-error-start
a b\c.c:24:9: warning: deep_sleeper() may sleep while preemption is disabled (preempt count 0x1) [-Watomic-sleep]
a b\c.c:23:9: note: spin_lock() raises the preempt count here (by its annotation)
deep.c:4:9: note: deep_sleeper() calls msleep(), which may sleep
 * check-error-end
 */
void spin_lock(void *l) __attribute__((klint_preempt("adjust=1")));
void spin_unlock(void *l) __attribute__((klint_preempt("adjust=-1")));
void deep_sleeper(void);

static int lock;

void locked_call(void)
{
	spin_lock(&lock);
	deep_sleeper();
	spin_unlock(&lock);
}
