#include "Sha256.h"
