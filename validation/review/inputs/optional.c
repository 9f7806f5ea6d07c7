#include "kapi.h"
#error "stands for code that compiles only with CONFIG_FOO_OPTIONAL"
