void udelay(unsigned long us);

void arch_flush(void)
{
	udelay(1);
}
