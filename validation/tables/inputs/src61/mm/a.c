void *old_alloc(unsigned long size, gfp_t gfp)
{
	might_sleep();
}
