#include "ll.h"

/* A legacy table with an entry left NULL: copies of it may be NULL */
const struct ll_legacy old_legacy[2] = {
	{ .request = NULL },
};
