#include "../fix/Targets.h"
