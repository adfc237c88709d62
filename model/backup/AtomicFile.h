#pragma once
// Durable file writes. Every file heapfix writes is first a StagedFile: made under a random name in the
// folder it is meant for, written whole and flushed to the disk (fsync / FlushFileBuffers), and only then
// given its name, so that a crash leaves either the old file or the new one, never half of it.

#include "../core/Error.h"
#include "../core/Expected.h"
#include "../core/Utf8Path.h"
#include "SafeOpen.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <string_view>
#include <system_error>
#include <vector>

namespace heapfix {

// A new file not yet under its name. It is created in `folder` under a random name, exclusively (never
// through a link, never over another file), readable by everyone the folder lets in or by its owner only,
// and written and flushed before write() returns. Until it is kept, it removes itself when it goes out of
// scope, by identity (never a file someone else has put under its name since), so that no failure path
// leaves it behind. replace() hands it over to the target: it stays.
class StagedFile {
public:
    enum class Access { Shared, OwnerOnly }; // POSIX 0666 less the umask, or 0600; Windows: the folder's ACL
    // `shownAs`: the name errors give (the file the caller means to write).
    static Expected<StagedFile, Error> write(const std::filesystem::path& folder,
                                             std::span<const std::uint8_t> bytes, Access access,
                                             const std::filesystem::path& shownAs);
    StagedFile(StagedFile&& other) noexcept;
    StagedFile& operator=(StagedFile&&) = delete;
    StagedFile(const StagedFile&) = delete;
    StagedFile& operator=(const StagedFile&) = delete;
    ~StagedFile();

    const std::filesystem::path& path() const { return path_; } // where it is now
    const FileIdentity& identity() const { return identity_; }

    // Renames it over `target` in one step, replacing what is there (a link itself, never its target). The
    // caller flushes the folder (syncFolder). Kept from then on.
    Expected<void, Error> replace(const std::filesystem::path& target, std::string_view action);
    // Renames it to `target` only while that name is free (a link there counts as taken): false, and still
    // where it was, when it is taken. Not kept yet.
    Expected<bool, Error> moveToFreeName(const std::filesystem::path& target);
    // It stays where it is.
    void keep() { kept_ = true; }

private:
    StagedFile(std::filesystem::path path, FileIdentity identity)
        : path_(std::move(path))
        , identity_(identity) {}

    std::filesystem::path path_;
    FileIdentity identity_;
    bool kept_ = false;
};

// Removes `file` only while it is still the file of that identity.
void removeIfSame(const std::filesystem::path& file, const FileIdentity& identity);

// Replaces `target` with `bytes`: a StagedFile beside it, renamed over it, the folder flushed.
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
