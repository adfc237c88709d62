#include "SampleInstallation.h"
