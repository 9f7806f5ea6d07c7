void udelay(unsigned long us);

void kept(void)
{
	udelay(1);
}

/* What EXPORT_SYMBOL(kept) leaves in the object. */
void *__ksymtab_kept;
