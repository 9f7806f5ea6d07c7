/* foo_wait(): does not wait yet. */
static inline void foo_wait(void)
{
}
