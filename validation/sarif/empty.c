#include "../include/kapi.h"

static spinlock_t lock;

void balanced(void)
{
	spin_lock(&lock);
	udelay(1);
	spin_unlock(&lock);
}

/*
 * check-name: --sarif=FILE: a run with nothing to report still writes a log
 * check-description: results and rules are empty, and the log replaces
 *	the one already there
 * check-command: t=$(mktemp -d) && echo old >"$t/out.sarif" && klint-sparse --sarif="$t/out.sarif" $file && python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$t/out.sarif" && ls -A "$t" && cat "$t/out.sarif"; rc=$?; rm -rf "$t"; exit $rc
 *
 * check-output-start
out.sarif
{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "klint-sparse",
          "rules": []
        }
      },
      "columnKind": "unicodeCodePoints",
      "results": []
    }
  ]
}
 * check-output-end
 */
