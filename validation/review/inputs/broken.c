#include "kapi.h"
#error "stands for code that does not compile"
