void udelay(unsigned long us);

/* Module A's helper_fn(): only waits. */
void helper_fn(void)
{
	udelay(1);
}
