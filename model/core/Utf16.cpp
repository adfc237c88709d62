#include "Utf16.h"
