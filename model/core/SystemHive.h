#pragma once
// What every SYSTEM hive holds, read through the registry-tree interface (a hive file through hivex, or a
// hive loaded into the Windows registry).

#include "Error.h"
#include "Expected.h"
#include "RegistryTree.h"

#include <string>

namespace heapfix {

// SYSTEM\Select\Current as the control set's key name ("ControlSet001"); Corrupt when missing or dangling.
Expected<std::string, Error> readCurrentControlSet(const RegistryTree& system);

} // namespace heapfix
