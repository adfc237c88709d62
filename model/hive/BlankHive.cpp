#include "BlankHive.h"
