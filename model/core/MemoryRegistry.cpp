#include "MemoryRegistry.h"
