/* Linux 6.12's allocator API as sparse sees it: macros around *_noprof(). */
#include "../include/kapi.h"

#undef GFP_ATOMIC
#undef GFP_NOWAIT
/* 6.12 include/linux/gfp_types.h:377, :380 */
#define GFP_ATOMIC	((gfp_t)0x820u)
#define GFP_NOWAIT	((gfp_t)0x2800u)

struct kmem_cache;
typedef struct kmem_buckets kmem_buckets;
extern struct kmem_cache *kmalloc_caches[4];
#define alloc_hooks(x)	({ x; })

void *__kmalloc_cache_noprof(struct kmem_cache *s, gfp_t flags, size_t size);
void *__kmalloc_noprof(size_t size, gfp_t flags);
static inline void *kmalloc_noprof(size_t size, gfp_t flags)
{
	if (__builtin_constant_p(size) && size)
		return __kmalloc_cache_noprof(kmalloc_caches[0], flags, size);
	return __kmalloc_noprof(size, flags);
}
static inline void *kzalloc_noprof(size_t size, gfp_t flags)
{
	return kmalloc_noprof(size, flags | __GFP_ZERO);
}
static inline void *kmalloc_array_noprof(size_t n, size_t size, gfp_t flags)
{
	return kmalloc_noprof(n * size, flags);
}
#define kmalloc(...)	alloc_hooks(kmalloc_noprof(__VA_ARGS__))
#define kmalloc_array(...)	alloc_hooks(kmalloc_array_noprof(__VA_ARGS__))
#define kcalloc(n, size, flags)	kmalloc_array(n, size, (flags) | __GFP_ZERO)
#define kzalloc(...)	alloc_hooks(kzalloc_noprof(__VA_ARGS__))

/* CONFIG_SLAB_BUCKETS: the buckets pointer comes before the mask */
void *__kvmalloc_node_noprof(size_t size, kmem_buckets *b, gfp_t flags, int node);
#define kvmalloc(_size, _flags) \
	alloc_hooks(__kvmalloc_node_noprof(_size, NULL, _flags, -1))
void *kvrealloc_noprof(const void *p, size_t size, gfp_t flags);
#define kvrealloc(...)	alloc_hooks(kvrealloc_noprof(__VA_ARGS__))

void *vmalloc_noprof(unsigned long size);
void *vzalloc_noprof(unsigned long size);
void *vmalloc_user_noprof(unsigned long size);
#define vmalloc(...)		alloc_hooks(vmalloc_noprof(__VA_ARGS__))
#define vzalloc(...)		alloc_hooks(vzalloc_noprof(__VA_ARGS__))
#define vmalloc_user(...)	alloc_hooks(vmalloc_user_noprof(__VA_ARGS__))

void *pcpu_alloc_noprof(size_t size, size_t align, _Bool reserved, gfp_t gfp);
#define alloc_percpu_gfp(type, gfp) \
	alloc_hooks(pcpu_alloc_noprof(sizeof(type), __alignof__(type), 0, gfp))
