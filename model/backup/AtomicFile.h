#pragma once
// Durable file writes: a temporary file in the same folder, written, flushed to the disk (fsync /
// FlushFileBuffers), then renamed over the target, so that a crash leaves either the old or the new file.

#include "../core/Error.h"
#include "../core/Expected.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <vector>

namespace heapfix {

Expected<void, Error> writeFileAtomically(const std::filesystem::path& target, std::span<const std::uint8_t> bytes);
Expected<std::vector<std::uint8_t>, Error> readWholeFile(const std::filesystem::path& file,
                                                         std::uintmax_t maxBytes = 64u * 1024 * 1024);
// Flushes a file that is already written (used after hivex_commit into a temporary file).
Expected<void, Error> syncFile(const std::filesystem::path& file);
// Flushes a folder's entry list after a rename (POSIX; nothing to do on Windows).
Expected<void, Error> syncFolder(const std::filesystem::path& folder);

} // namespace heapfix
