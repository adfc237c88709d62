#pragma once
// One registry hive as a tree of keys and values, whatever holds it: a hive file opened with hivex
// (hive/HiveHandle, Linux and the repair machine) or a hive loaded into the Windows registry under a
// temporary key with RegLoadKeyW (win32/Win32Tree). The boot repair (boot/BcdStore, boot/SystemBootSettings)
// reads and edits through this and nothing else, so one implementation serves both platforms.
//
// Keys are named case-insensitively, as Windows does. A Key is the backend's own handle, valid for the tree
// that gave it out until a key above it is deleted.

#include "Error.h"
#include "Expected.h"
#include "RegistryValue.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace heapfix {

// Whether two key or value names are the same to Windows (ASCII letters in any case; the names heapfix looks
// for are all ASCII).
bool sameKeyName(std::string_view a, std::string_view b);

class RegistryTree {
public:
    using Key = std::uint64_t;
    using Children = std::vector<std::pair<std::string, Key>>;

    virtual ~RegistryTree() = default;

    // The key below the root, each segment matched case-insensitively; {} is the root. NotFound when absent.
    virtual Expected<Key, Error> findKey(const std::vector<std::string>& segments) const = 0;
    // The subkeys of a key, name and key, in the store's order.
    virtual Expected<Children, Error> children(Key key) const = 0;
    // NotFound when the key has no value of that name.
    virtual Expected<RegistryValue, Error> readValue(Key key, const std::string& name) const = 0;
    // Creates or replaces the value, type and bytes exactly as given.
    virtual Expected<void, Error> setValue(Key key, const std::string& name, const RegistryValue& value) = 0;
    // Deletes one value; nothing to do when there is none.
    virtual Expected<void, Error> deleteValue(Key key, const std::string& name) = 0;
    // Adds a subkey; fails if one of that name exists.
    virtual Expected<Key, Error> addChild(Key parent, const std::string& name) = 0;
    // Deletes a key with its subkeys and values.
    virtual Expected<void, Error> deleteKey(Key key) = 0;
    // What the tree is, for messages: the hive file, or the registry key it is loaded under.
    virtual std::string name() const = 0;

    // The subkey of that name (any case), added when there is none, as `reg add` and bcdedit do.
    Expected<Key, Error> findOrAddChild(Key parent, const std::string& name);
};

} // namespace heapfix
