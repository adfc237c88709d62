#include "WindowsVersion.h"
