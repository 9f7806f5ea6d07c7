#include "../include/kapi.h"

static spinlock_t lock;

static void helper(void)
{
	msleep(1);
}

void sleeps(void)
{
	spin_lock(&lock);
	helper();
	spin_unlock(&lock);
}

static int ready;

void unbalanced(void)
{
	if (ready)
		spin_lock(&lock);
}

/*
 * check-name: --sarif=FILE: results with notes as related locations and code flows
 * check-description: the log parses as JSON, no temporary file is left,
 *	columns count characters, not sparse's tab-expanded columns, and the
 *	gcc form on stderr is unchanged
 * check-command: t=$(mktemp -d) && klint-sparse -Wunbalanced-return --sarif="$t/out.sarif" $file && python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$t/out.sarif" && ls -A "$t" && cat "$t/out.sarif"; rc=$?; rm -rf "$t"; exit $rc
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
          "rules": [
            {
              "id": "atomic-sleep",
              "shortDescription": {
                "text": "A call may sleep in atomic context"
              },
              "fullDescription": {
                "text": "A call may sleep while a spinlock is held, while preemption, bottom halves or interrupts are disabled, or inside an RCU read-side critical section."
              },
              "help": {
                "text": "The notes show where the atomic context began and each call down to the primitive that sleeps.  Release the lock before the call, do the sleeping work before taking it, or use a variant that does not sleep (GFP_ATOMIC)."
              }
            },
            {
              "id": "unbalanced-return",
              "shortDescription": {
                "text": "A function returns in different atomic states on different paths"
              },
              "fullDescription": {
                "text": "A function returns holding a lock, or with preemption, bottom halves or interrupts disabled, on some paths only, and nothing it returns tells the paths apart."
              },
              "help": {
                "text": "Release what was taken on every return path, or let the return value tell whether it is held, as a trylock does."
              }
            }
          ]
        }
      },
      "columnKind": "unicodeCodePoints",
      "results": [
        {
          "ruleId": "atomic-sleep",
          "ruleIndex": 0,
          "level": "warning",
          "message": {
            "text": "helper() may sleep while a spinlock is held (preempt count 0x1)"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "sarif/basic.c",
                  "uriBaseId": "SRCROOT"
                },
                "region": {
                  "startLine": 13,
                  "startColumn": 2
                }
              }
            }
          ],
          "relatedLocations": [
            {
              "id": 0,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "sarif/basic.c",
                  "uriBaseId": "SRCROOT"
                },
                "region": {
                  "startLine": 12,
                  "startColumn": 2
                }
              },
              "message": {
                "text": "spin_lock() acquires a spinlock here"
              }
            },
            {
              "id": 1,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "sarif/basic.c",
                  "uriBaseId": "SRCROOT"
                },
                "region": {
                  "startLine": 7,
                  "startColumn": 2
                }
              },
              "message": {
                "text": "helper() calls msleep(), which may sleep"
              }
            }
          ],
          "codeFlows": [
            {
              "threadFlows": [
                {
                  "locations": [
                    {
                      "location": {
                        "physicalLocation": {
                          "artifactLocation": {
                            "uri": "sarif/basic.c",
                            "uriBaseId": "SRCROOT"
                          },
                          "region": {
                            "startLine": 12,
                            "startColumn": 2
                          }
                        },
                        "message": {
                          "text": "spin_lock() acquires a spinlock here"
                        }
                      }
                    }
                  ]
                }
              ]
            },
            {
              "threadFlows": [
                {
                  "locations": [
                    {
                      "location": {
                        "physicalLocation": {
                          "artifactLocation": {
                            "uri": "sarif/basic.c",
                            "uriBaseId": "SRCROOT"
                          },
                          "region": {
                            "startLine": 7,
                            "startColumn": 2
                          }
                        },
                        "message": {
                          "text": "helper() calls msleep(), which may sleep"
                        }
                      }
                    }
                  ]
                }
              ]
            }
          ]
        },
        {
          "ruleId": "unbalanced-return",
          "ruleIndex": 1,
          "level": "warning",
          "message": {
            "text": "unbalanced() returns in different states on different paths: a spinlock is held on some only (preempt depth 0..1 at return)"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "sarif/basic.c",
                  "uriBaseId": "SRCROOT"
                },
                "region": {
                  "startLine": 19,
                  "startColumn": 6
                }
              }
            }
          ],
          "relatedLocations": [
            {
              "id": 0,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "sarif/basic.c",
                  "uriBaseId": "SRCROOT"
                },
                "region": {
                  "startLine": 22,
                  "startColumn": 3
                }
              },
              "message": {
                "text": "spin_lock() acquires a spinlock here"
              }
            }
          ],
          "codeFlows": [
            {
              "threadFlows": [
                {
                  "locations": [
                    {
                      "location": {
                        "physicalLocation": {
                          "artifactLocation": {
                            "uri": "sarif/basic.c",
                            "uriBaseId": "SRCROOT"
                          },
                          "region": {
                            "startLine": 22,
                            "startColumn": 3
                          }
                        },
                        "message": {
                          "text": "spin_lock() acquires a spinlock here"
                        }
                      }
                    }
                  ]
                }
              ]
            }
          ]
        }
      ]
    }
  ]
}
 * check-output-end
 *
 * check-error-start
sarif/basic.c:13:9: warning: helper() may sleep while a spinlock is held (preempt count 0x1) [-Watomic-sleep]
sarif/basic.c:12:9: note: spin_lock() acquires a spinlock here
sarif/basic.c:7:9: note: helper() calls msleep(), which may sleep
sarif/basic.c:19:6: warning: unbalanced() returns in different states on different paths: a spinlock is held on some only (preempt depth 0..1 at return) [-Wunbalanced-return]
sarif/basic.c:22:17: note: spin_lock() acquires a spinlock here
 * check-error-end
 */
