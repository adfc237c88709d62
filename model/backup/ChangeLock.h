#pragma once
// Locks that keep two heapfix runs from changing one installation at once.

#include "../core/Error.h"
#include "../core/Expected.h"
#include "../core/RegistryStore.h"

#include <chrono>
#include <filesystem>

namespace heapfix {

constexpr std::chrono::milliseconds kChangeLockWait{5000};

// An offline installation, by the folder that holds its hive: flock() on the folder itself (the hive file is
// replaced by a rename, so it cannot carry the lock); on Windows a named mutex made from the folder's path.
// Waits up to `wait`, then fails with ErrorCode::Busy.
Expected<ChangeLock, Error> lockFolder(const std::filesystem::path& folder,
                                       std::chrono::milliseconds wait = kChangeLockWait);
// This computer's own registry: a named mutex in the global namespace (Windows only; elsewhere no lock).
Expected<ChangeLock, Error> lockLiveRegistry(std::chrono::milliseconds wait = kChangeLockWait);

} // namespace heapfix
