#include "../../include/kapi.h"
#include "ll.h"

void ll_alloc_report(struct hdev *h, int size)
{
	msleep(1);
}
