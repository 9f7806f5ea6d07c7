/*
 * check-name: --version names klint-sparse's version and its sparse, on both programs
 * check-command: v=$(cat ../VERSION); n=$(ls ../sparse-patches/*.patch | wc -l); klint-sparse --version | sed "s/ $v / VERSION /; s/+ $n /+ N /"; klint-link --version | sed "s/ $v / VERSION /; s/+ $n /+ N /"
 *
 * check-output-start
klint-sparse VERSION (sparse 0.6.4 + N klint-sparse patches)
klint-link VERSION (sparse 0.6.4 + N klint-sparse patches)
 * check-output-end
 */
