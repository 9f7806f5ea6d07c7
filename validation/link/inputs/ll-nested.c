#include "ll.h"

/* A driver inside a bigger object, its methods zeroed */
struct bus {
	int id;
	struct ll_driver ll;
};

struct bus pci_bus = { .id = 1, .ll = { 0 } };
