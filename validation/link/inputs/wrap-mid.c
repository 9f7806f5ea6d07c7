/* A wrapper of link/inputs/wrap-api.c's wrapper, for link/wrapper-nested.c. */
typedef void (*smp_call_func_t)(void *info);

int kt_on_cpu(int cpu, smp_call_func_t fn, void *info);

int kt_on_boot_cpu(void *info, smp_call_func_t fn)
{
	return kt_on_cpu(0, fn, info);
}
