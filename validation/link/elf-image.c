/*
 * check-name: a linked image says what is exported and what was compiled out
 * check-command: t=$(mktemp -d) && klint-sparse --summary=$t/a.o.klint link/inputs/image-a.c && klint-sparse --summary=$t/b.o.klint link/inputs/image-b.c && gcc -c -o $t/image.o link/inputs/image-a.c && klint-link --no-objects -o $t/db $t/a.o.klint $t/b.o.klint $t/image.o && grep '^fn' $t/db | sed "s|$t|T|g" && echo "== not an ELF file, and a broken one" && head -c 200 $t/image.o >$t/broken.o && klint-link -o $t/db $t/a.o.klint link/inputs/image-b.c $t/broken.o 2>&1 | sed "s|$t|T|g"; rc=$?; rm -rf $t; exit $rc
 *
 * check-output-start
fn kept global link/inputs/image-a.c:3:6 exported
== not an ELF file, and a broken one
link/inputs/image-b.c:1: error: not a klint summary file
klint-link: error: T/broken.o: truncated: section headers past the end
 * check-output-end
 */
