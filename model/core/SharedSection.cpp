#include "SharedSection.h"
