#pragma once
// Durable file writes: a temporary file in the same folder, written, flushed to the disk (fsync /
// FlushFileBuffers), then renamed over the target, so that a crash leaves either the old or the new file.

#include "../core/Error.h"
#include "../core/Expected.h"
#include "../core/Utf8Path.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <string_view>
#include <system_error>
#include <vector>

namespace heapfix {

Expected<void, Error> writeFileAtomically(const std::filesystem::path& target,
                                          std::span<const std::uint8_t> bytes);
Expected<std::vector<std::uint8_t>, Error> readWholeFile(const std::filesystem::path& file,
                                                         std::uintmax_t maxBytes = 64u * 1024 * 1024);
// Whether the file (no link followed) holds exactly `expected`: read back in pieces and compared, so a whole
// hive is never held twice in memory. False also when it is longer or shorter.
Expected<bool, Error> fileHolds(const std::filesystem::path& file, std::span<const std::uint8_t> expected);
// Flushes a file that is already written (used after hivex_commit into a temporary file).
Expected<void, Error> syncFile(const std::filesystem::path& file);
// Flushes a folder's entry list after a rename (POSIX; nothing to do on Windows).
Expected<void, Error> syncFolder(const std::filesystem::path& folder);
// Appends to a file (created if missing) and flushes it to the disk before returning: for logs.
Expected<void, Error> appendDurably(const std::filesystem::path& file, std::span<const std::uint8_t> bytes);

// An operating-system error as heapfix's code (EACCES/EPERM -> AccessDenied, EROFS -> ReadOnly, ENOSPC ->
// NoSpace, EDQUOT too, ENOENT/ENOTDIR -> NotFound, anything else Io), with the path as its subject.
Error fileSystemError(std::error_code error, const std::filesystem::path& subject, std::string_view action);
// The same for an errno value (POSIX calls, hivex): the one errno mapper of the model.
Error errnoError(int error, const std::filesystem::path& subject, std::string_view action);
#ifdef _WIN32
// The same for a Windows error code (GetLastError()): access denied or a sharing violation, write-protected,
// disk full, not found; anything else is Io. `error` is a DWORD.
Error windowsError(unsigned long error, const std::filesystem::path& subject, std::string_view action);
#endif

} // namespace heapfix
