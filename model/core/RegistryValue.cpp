#include "RegistryValue.h"
