#include "../include/kapi.h"

static spinlock_t lock;

static void helper(void)
{
	msleep(1);
}

void sleeps_twice(void)
{
	spin_lock(&lock);
	helper();
	helper();
	spin_unlock(&lock);
}

/*
 * check-name: --sarif=FILE: a merged warning's other sites are related locations, not a code flow
 * check-command: t=$(mktemp -d) && klint-sparse --sarif="$t/out.sarif" $file 2>/dev/null && python3 -c 'import json, sys; r = json.load(open(sys.argv[1]))["runs"][0]["results"]; [print(x["message"]["text"], [(l["physicalLocation"]["region"]["startLine"], l["message"]["text"]) for l in x["relatedLocations"]], len(x["codeFlows"])) for x in r]' "$t/out.sarif"; rc=$?; rm -rf "$t"; exit $rc
 *
 * check-output-start
helper() may sleep while a spinlock is held (preempt count 0x1) [(12, 'spin_lock() acquires a spinlock here'), (7, 'helper() calls msleep(), which may sleep'), (14, 'also called here')] 2
 * check-output-end
 */
