#include "SampleCatalog.h"
