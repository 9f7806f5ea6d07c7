/*
 * The checker's files depend on each other one way (Documentation/
 * internals.rst): no cycle through #include lines or through the symbols
 * the objects take from each other, and nothing of either program in
 * checker/common.
 *
 * check-name: no cycle between the checker's files
 * check-command: sh layering/check.sh .. ../build/obj
 */
