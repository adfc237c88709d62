#include "Inspection.h"
