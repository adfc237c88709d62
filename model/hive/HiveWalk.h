#pragma once
// The whole hive read once, key by key: a digest of every key (its subkeys' names, its values' names, types
// and bytes) and a list of what could not be read. Before a write it says whether the hive is damaged
// elsewhere; after it, comparing two walks shows whether anything but the one value changed (hivex can free a
// cell that another key still uses in a cross-linked hive).
//
// Keys are matched between two walks by their node (the key's cell offset). hivex changes a key's cell in
// place when it sets a value, and a written hive keeps every other cell where it was, so the same key has the
// same node before and after; a key that moved counts as changed (the write is refused: the safe side).
// Paths are made only for the keys that are named (damaged or changed), not for the whole hive.

#include "HiveHandle.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace heapfix {

struct HiveWalk {
    struct Key {
        HiveHandle::Node node = 0;
        std::size_t parent = 0; // index in keys (the root is its own parent)
        std::uint64_t digest = 0;
    };
    std::vector<Key> keys;               // in the order walked; keys[0] is the root
    std::vector<std::string> unreadable; // "<key path>: what failed"

    // "\a\b" in lower case ("\" for the root); `hive` is the one walked (names are read again from it).
    std::string path(const HiveHandle& hive, std::size_t index) const;
};

// `sizeHint`: how many keys to expect (a walk of the same hive before, say).
HiveWalk walkHive(const HiveHandle& hive, std::size_t sizeHint = 4096);
// The paths of the keys whose digest differs, or that are in one walk only, sorted; `except` is left out.
struct WalkedHive {
    const HiveHandle& hive;
    const HiveWalk& walk;
};
std::vector<std::string> changedKeys(WalkedHive before, WalkedHive after,
                                     std::optional<HiveHandle::Node> except = std::nullopt);

} // namespace heapfix
