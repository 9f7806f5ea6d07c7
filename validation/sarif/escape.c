/*
 * Any bytes in a message: quote, backslash, control characters, UTF-8,
 * and bytes that are not UTF-8 (U+FFFD each).  No #include: the command
 * copies this file under names that need percent-encoding in a URI.
 */
static void odd(void) __attribute__((klint_preempt("q\"b\\s\001y\nz\037\303\251\360\237\230\200|\377|\303x|\300\257|\355\240\200|\364\220\200\200|\342\202")));
static void odd(void)
{
}

/*
 * check-name: --sarif=FILE: JSON escaping and file names as URIs
 * check-description: two files in one run, one relative with characters
 *	a URI must encode, one absolute (a file: URI, no uriBaseId)
 * check-command: t=$(mktemp -d) && cp $file "$t/a b%#?:[é].c" && cp $file "$t/abs.c" && cd "$t" && klint-sparse --sarif=out.sarif 'a b%#?:[é].c' "$t/abs.c" 2>/dev/null && python3 -c 'import json, sys; json.load(open(sys.argv[1]))' out.sarif && sed "s|$t|/TMP|" out.sarif; rc=$?; rm -rf "$t"; exit $rc
 *
 * check-output-start
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
              "id": "annotation-mismatch",
              "shortDescription": {
                "text": "A klint_preempt annotation disagrees with the function's body"
              },
              "fullDescription": {
                "text": "The klint_preempt attribute of a function states a summary that its body does not have, or cannot be parsed."
              },
              "help": {
                "text": "Correct the annotation or the code; 'unchecked' makes klint-sparse trust the annotation."
              }
            }
          ]
        }
      },
      "columnKind": "unicodeCodePoints",
      "results": [
        {
          "ruleId": "annotation-mismatch",
          "ruleIndex": 0,
          "level": "warning",
          "message": {
            "text": "ignoring klint_preempt annotation of odd(): unknown word 'q\"b\\s\u0001y\u000az\u001fé😀|\ufffd|\ufffdx|\ufffd\ufffd|\ufffd\ufffd\ufffd|\ufffd\ufffd\ufffd\ufffd|\ufffd\ufffd'"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "a%20b%25%23%3F%3A%5B%C3%A9%5D.c",
                  "uriBaseId": "SRCROOT"
                },
                "region": {
                  "startLine": 7,
                  "startColumn": 13
                }
              }
            }
          ]
        },
        {
          "ruleId": "annotation-mismatch",
          "ruleIndex": 0,
          "level": "warning",
          "message": {
            "text": "ignoring klint_preempt annotation of odd(): unknown word 'q\"b\\s\u0001y\u000az\u001fé😀|\ufffd|\ufffdx|\ufffd\ufffd|\ufffd\ufffd\ufffd|\ufffd\ufffd\ufffd\ufffd|\ufffd\ufffd'"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "file:///TMP/abs.c"
                },
                "region": {
                  "startLine": 7,
                  "startColumn": 13
                }
              }
            }
          ]
        }
      ]
    }
  ]
}
 * check-output-end
 */
