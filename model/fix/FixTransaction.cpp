#include "FixTransaction.h"
