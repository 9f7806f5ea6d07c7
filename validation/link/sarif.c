/*
 * check-name: klint-link writes its warnings as SARIF too
 * check-command: t=$(mktemp -d) && klint-sparse --summary=$t/a.o.klint $file && klint-sparse --summary=$t/b.o.klint link/inputs/middle.c && klint-sparse --summary=$t/c.o.klint link/inputs/deep.c && klint-link --sarif=$t/l.sarif $t 2>/dev/null && python3 -c 'import json, sys; r = json.load(open(sys.argv[1]))["runs"][0]; print(r["tool"]["driver"]["name"]); [print(x["ruleId"], x["message"]["text"], [l["message"]["text"] for l in x["relatedLocations"]]) for x in r["results"]]' $t/l.sarif; rc=$?; rm -rf $t; exit $rc
 *
 * check-output-start
klint-link
atomic-sleep middle() may sleep while a spinlock is held (preempt count 0x1) ['spin_lock() acquires a spinlock here', 'middle() calls deep_sleeper()', 'deep_sleeper() calls msleep(), which may sleep']
 * check-output-end
 */
#include "../include/kapi.h"

void middle(void);

static spinlock_t lock;

void holds_lock_across_middle(void)
{
	spin_lock(&lock);
	middle();
	spin_unlock(&lock);
}
