void msleep(unsigned int ms);

/* Module B has a global helper_fn() too: another function. */
void helper_fn(void)
{
	msleep(1);
}
