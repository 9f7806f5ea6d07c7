void msleep(unsigned int ms);

/* The generic default, overridden by a strong definition. */
__attribute__((weak)) void arch_flush(void)
{
	msleep(1);
}
