


void *old_alloc(unsigned long size, gfp_t gfp)
{
	might_sleep();
}
void *new_alloc_noprof(unsigned long size, gfp_t gfp)
