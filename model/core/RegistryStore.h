#pragma once
// The interface every registry backend implements: the live Win32 registry, offline hives (hivex), and the
// in-memory store of the tests. One value at a time, its type and raw bytes, typed errors.

#include "Error.h"
#include "Expected.h"
#include "RegistryValue.h"

#include <string>
#include <string_view>

namespace heapfix {

class RegistryStore {
public:
    virtual ~RegistryStore() = default;

    virtual Expected<RegistryValue, Error> read(const ValuePath& path) = 0;
    // Writes one value. An offline store makes the change durable before it returns (safe commit).
    virtual Expected<void, Error> write(const ValuePath& path, const RegistryValue& value) = 0;

    // The key as this store really addresses it: CurrentControlSet becomes ControlSet00N offline.
    virtual std::string resolveKey(std::string_view key) const { return std::string(key); }
};

} // namespace heapfix
