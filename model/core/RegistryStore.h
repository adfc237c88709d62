#pragma once
// The interface every registry backend implements: the live Win32 registry, offline hives (hivex), and the
// in-memory store of the tests. One value at a time, its type and raw bytes, typed errors.

#include "Error.h"
#include "Expected.h"
#include "RegistryValue.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace heapfix {

// Held for the whole of a change: no other heapfix changes the same registry meanwhile. Released when the
// last copy goes.
using ChangeLock = std::shared_ptr<void>;

// What the last write did besides setting the value, for the front ends to show.
struct StoreReceipt {
    std::vector<std::filesystem::path> removed; // files removed beside the hive (replayed logs, kept first)
    std::vector<std::string> notes;             // English: leftovers of stopped runs removed, and the like
    // The value is in place, but this could not be confirmed (a folder that could not be flushed).
    std::optional<Error> unconfirmed;
};

class RegistryStore {
public:
    virtual ~RegistryStore() = default;

    virtual Expected<RegistryValue, Error> read(const ValuePath& path) = 0;
    // Writes one value. An offline store makes the change durable before it returns (safe commit).
    virtual Expected<void, Error> write(const ValuePath& path, const RegistryValue& value) = 0;

    // The key as this store really addresses it: CurrentControlSet becomes ControlSet00N offline.
    virtual std::string resolveKey(std::string_view key) const { return std::string(key); }

    // Waits a few seconds for any other heapfix changing this registry, then holds it off until the lock
    // goes; ErrorCode::Busy when the other one does not finish. Reads again what changed meanwhile.
    virtual Expected<ChangeLock, Error> lockForChange() { return ChangeLock{}; }
    // Whole files a backup keeps before a write (an offline hive, and its logs when they were replayed), and
    // the store's word that they are kept: its next write then leaves no copy beside them.
    virtual std::vector<std::filesystem::path> filesToKeep() const { return {}; }
    virtual void setFilesKept(bool kept) { (void)kept; }
    virtual StoreReceipt lastReceipt() const { return {}; }
    // What can be known before a write that would refuse it (a read-only file or folder, a dirty hive whose
    // logs are missing): checked before any backup is made, so that a refused write leaves nothing behind.
    virtual Expected<void, Error> checkWritable() const { return {}; }
    // Lets a change go ahead in an offline hive that is damaged elsewhere (a key or value that cannot be
    // read); without it lockForChange refuses such a hive (ErrorCode::Corrupt), naming the damage.
    virtual void allowDamagedHive(bool allow) { (void)allow; }
    // Puts a whole hive file back (an offline installation's kept original): the store checks that the bytes
    // make a clean hive of the right kind before they replace anything. Unsupported where there is no file.
    virtual Expected<void, Error> replaceWholeHive(std::span<const std::uint8_t> bytes) {
        (void)bytes;
        return unexpected(makeError(ErrorCode::Unsupported, "",
                                    "only an offline installation's hive file can be put back whole"));
    }
};

} // namespace heapfix
