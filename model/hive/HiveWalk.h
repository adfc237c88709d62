#pragma once
// The whole hive read once, key by key: a digest of every key (its subkeys' names, its values' names, types
// and bytes) and a list of what could not be read. Before a write it says whether the hive is damaged
// elsewhere; after it, comparing two walks shows whether anything but the one value changed (hivex can free a
// cell that another key still uses in a cross-linked hive).

#include "HiveHandle.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace heapfix {

struct HiveWalk {
    std::unordered_map<std::string, std::uint64_t> keys; // key path (lower case) -> digest
    std::vector<std::string> unreadable;                 // "<key path>: what failed"
};

HiveWalk walkHive(const HiveHandle& hive);
// The key paths whose digest differs, or that are in one walk only, in order.
std::vector<std::string> changedKeys(const HiveWalk& before, const HiveWalk& after);

} // namespace heapfix
