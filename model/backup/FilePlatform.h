#pragma once
// The few operating-system calls of the offline-hive and boot-repair code, for POSIX and Windows (the
// mingw-w64 build with hivex from third_party/hivex). Everything else there is std::filesystem.

#include "../core/Error.h"
#include "../core/Expected.h"
#include "SafeOpen.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace heapfix::fileplatform {

// Whether the volume holding `folder` is mounted read-only (statvfs ST_RDONLY; GetVolumeInformationW's
// FILE_READ_ONLY_VOLUME). nullopt when it cannot be told.
std::optional<bool> volumeReadOnly(const std::filesystem::path& folder);

// Whether this process can create a file in `folder`: access(W_OK) on POSIX; on Windows, where a folder's
// read-only attribute means nothing and access() only reads that attribute, by creating a probe file that
// is deleted on close.
bool canCreateFilesIn(const std::filesystem::path& folder);

// A new folder only this call made, `<temporary folder>/<prefix>XXXXXX` (mkdtemp; CreateDirectoryW with a
// random suffix until one is new).
Expected<std::filesystem::path, Error> makePrivateFolder(const std::string& prefix);

// The same in `parent`: a folder only this call made there, `<parent>/<prefix><random>`, readable and
// writable by this user alone, so that nobody else can plant a name in it.
Expected<std::filesystem::path, Error> makePrivateFolderIn(const std::filesystem::path& parent,
                                                           const std::string& prefix);

// Whether a process of that id is running (kill(pid, 0); OpenProcess). Unsure counts as running.
bool processAlive(unsigned long id);
// geteuid(); 0 on Windows.
std::uint32_t effectiveUser();
// Gives `file` the owner, group and permission bits of `original` (fchown + fchmod without following a link).
// Nothing on Windows, where a new file inherits the folder's access control list as the original did.
Expected<void, Error> keepOwnerAndMode(const std::filesystem::path& file, const EntryFacts& original);

// This process's id (getpid, GetCurrentProcessId): for names of temporary files.
unsigned long processId();

// The volume a folder is on (stat's st_dev; the volume serial number of GetFileInformationByHandle), to
// tell where one volume ends when walking up from a folder. nullopt when the folder cannot be read.
std::optional<std::uint64_t> volumeId(const std::filesystem::path& folder);

// Renames `from` over `to`, replacing it, as one step: rename(2) (the caller then flushes the folder with
// syncFolder); MoveFileExW with MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH, which returns when the
// move is on the disk. On failure the error's subject is `to` and its detail starts with `action`.
Expected<void, Error> replaceFile(const std::filesystem::path& from, const std::filesystem::path& to,
                                  const std::string& action);

} // namespace heapfix::fileplatform
