/*
 * check-name: the demo output in klint-sparse.rst is what make demo prints
 * check-description: runs make demo's command and compares its report
 *	with the block under "Reading a report", paths as the page shows
 *	them.
 * check-command: out=$(cd .. && klint-sparse -Ivalidation/include examples/demo.c 2>&1 | sed 's|^examples/||'); doc=$(sed -n '/^Reading a report/,/^The warning sits/s/^    demo\.c/demo.c/p' ../Documentation/klint-sparse.rst); if [ "$out" = "$doc" ]; then echo same; else printf 'page:\n%s\ndemo:\n%s\n' "$doc" "$out"; fi
 *
 * check-output-start
same
 * check-output-end
 */
