/* foo_wait(): now waits, and may sleep. */
static inline void foo_wait(void)
{
	msleep(1);
}
