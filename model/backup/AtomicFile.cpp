#include "AtomicFile.h"

#include "FilePlatform.h"
#include "SafeOpen.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <random>
#include <system_error>
#include <utility>

#ifdef _WIN32
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace heapfix {
namespace {

// A name nobody else has chosen, for a file not yet under its own name.
std::filesystem::path stagingName(const std::filesystem::path& folder) {
    thread_local std::mt19937_64 random{std::random_device{}()};
    return folder / fmt::format(".heapfix-new-{:016x}.tmp", random());
}

#ifdef _WIN32

Expected<void, Error> writeAll(HANDLE file, std::span<const std::uint8_t> bytes,
                               const std::filesystem::path& subject) {
    while (!bytes.empty()) {
        const DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(bytes.size(), 1u << 30));
        DWORD written = 0;
        if (!WriteFile(file, bytes.data(), chunk, &written, nullptr))
            return unexpected(windowsError(GetLastError(), subject, "cannot write"));
        bytes = bytes.subspan(written);
    }
    return {};
}

// Creates `file` (CREATE_NEW: never over a file or through a link), writes and flushes it: its identity.
Expected<FileIdentity, Error> createFlushed(const std::filesystem::path& file,
                                            std::span<const std::uint8_t> bytes, StagedFile::Access,
                                            const std::filesystem::path& shownAs) {
    HANDLE handle =
        CreateFileW(file.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return unexpected(windowsError(GetLastError(), shownAs, "cannot create a new file beside it"));
    Expected<void, Error> done = writeAll(handle, bytes, shownAs);
    if (done && !FlushFileBuffers(handle))
        done = unexpected(windowsError(GetLastError(), shownAs, "cannot flush to the disk"));
    BY_HANDLE_FILE_INFORMATION info{};
    FileIdentity identity;
    if (done && GetFileInformationByHandle(handle, &info))
        identity = {info.dwVolumeSerialNumber,
                    (std::uint64_t{info.nFileIndexHigh} << 32) | info.nFileIndexLow};
    if (!CloseHandle(handle) && done)
        done = unexpected(windowsError(GetLastError(), shownAs, "cannot close"));
    if (!done) {
        DeleteFileW(file.c_str());
        return unexpected(done.error());
    }
    return identity;
}

// Moves without replacing: false when the name is taken.
Expected<bool, Error> moveNoReplace(const std::filesystem::path& from, const std::filesystem::path& to) {
    if (MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_WRITE_THROUGH))
        return true;
    const DWORD error = GetLastError();
    if (error == ERROR_ALREADY_EXISTS || error == ERROR_FILE_EXISTS)
        return false;
    return unexpected(windowsError(error, to, "cannot put in place"));
}

void removeFile(const std::filesystem::path& file) {
    DeleteFileW(file.c_str());
}

#else

Expected<void, Error> writeAll(int fd, std::span<const std::uint8_t> bytes,
                               const std::filesystem::path& subject) {
    while (!bytes.empty()) {
        const ssize_t written = ::write(fd, bytes.data(), bytes.size());
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0)
            return unexpected(errnoError(errno, subject, "cannot write"));
        bytes = bytes.subspan(static_cast<std::size_t>(written));
    }
    return {};
}

// Creates `file` (O_EXCL | O_NOFOLLOW: never over a file or through a link), writes and flushes it: its
// identity.
Expected<FileIdentity, Error> createFlushed(const std::filesystem::path& file,
                                            std::span<const std::uint8_t> bytes, StagedFile::Access access,
                                            const std::filesystem::path& shownAs) {
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                          access == StagedFile::Access::OwnerOnly ? 0600 : 0666);
    if (fd < 0)
        return unexpected(errnoError(errno, shownAs, "cannot create a new file beside it"));
    Expected<void, Error> done = writeAll(fd, bytes, shownAs);
    if (done && ::fsync(fd) != 0)
        done = unexpected(errnoError(errno, shownAs, "cannot flush to the disk"));
    struct stat info {};
    FileIdentity identity;
    if (done && ::fstat(fd, &info) == 0)
        identity = {static_cast<std::uint64_t>(info.st_dev), static_cast<std::uint64_t>(info.st_ino)};
    if (::close(fd) != 0 && done)
        done = unexpected(errnoError(errno, shownAs, "cannot close"));
    if (!done) {
        ::unlink(file.c_str());
        return unexpected(done.error());
    }
    return identity;
}

// Moves without replacing (renameat2's RENAME_NOREPLACE; a hard link and an unlink where the file system
// has no such rename): false when the name is taken.
Expected<bool, Error> moveNoReplace(const std::filesystem::path& from, const std::filesystem::path& to) {
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno == EEXIST)
        return false;
    if (errno != EINVAL && errno != ENOSYS)
        return unexpected(errnoError(errno, to, "cannot put in place"));
#endif
    if (::link(from.c_str(), to.c_str()) != 0) {
        if (errno == EEXIST)
            return false;
        return unexpected(errnoError(errno, to, "cannot put in place"));
    }
    ::unlink(from.c_str());
    return true;
}

void removeFile(const std::filesystem::path& file) {
    ::unlink(file.c_str());
}

#endif

} // namespace

#ifdef _WIN32

Error windowsError(unsigned long error, const std::filesystem::path& subject, std::string_view action) {
    ErrorCode code = ErrorCode::Io;
    switch (error) {
    case ERROR_ACCESS_DENIED:
    case ERROR_SHARING_VIOLATION:
        code = ErrorCode::AccessDenied;
        break;
    case ERROR_WRITE_PROTECT:
        code = ErrorCode::ReadOnly;
        break;
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
        code = ErrorCode::NoSpace;
        break;
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
        code = ErrorCode::NotFound;
        break;
    default:
        break;
    }
    return makeError(
        code, pathToUtf8(subject),
        fmt::format("{}: {} (Windows error {})", action, std::system_category().message(int(error)), error));
}

#endif

Error fileSystemError(std::error_code error, const std::filesystem::path& subject, std::string_view action) {
    const std::error_condition condition = error.default_error_condition();
    ErrorCode code = ErrorCode::Io;
    if (condition == std::errc::permission_denied || condition == std::errc::operation_not_permitted)
        code = ErrorCode::AccessDenied;
    else if (condition == std::errc::read_only_file_system)
        code = ErrorCode::ReadOnly;
    else if (condition == std::errc::no_space_on_device)
        code = ErrorCode::NoSpace;
#ifdef EDQUOT // a full quota is a full disk to the user (not in Windows' C runtime)
    else if (condition == std::error_condition(EDQUOT, std::generic_category()))
        code = ErrorCode::NoSpace;
#endif
    else if (condition == std::errc::no_such_file_or_directory || condition == std::errc::not_a_directory)
        code = ErrorCode::NotFound;
    return makeError(code, pathToUtf8(subject), fmt::format("{}: {}", action, error.message()));
}

Error errnoError(int error, const std::filesystem::path& subject, std::string_view action) {
    return fileSystemError(std::error_code(error, std::generic_category()), subject, action);
}

Expected<StagedFile, Error> StagedFile::write(const std::filesystem::path& folder,
                                              std::span<const std::uint8_t> bytes, Access access,
                                              const std::filesystem::path& shownAs) {
    const std::filesystem::path path = stagingName(folder.empty() ? std::filesystem::path(".") : folder);
    Expected<FileIdentity, Error> identity = createFlushed(path, bytes, access, shownAs);
    if (!identity)
        return unexpected(identity.error());
    return StagedFile(path, *identity);
}

StagedFile::StagedFile(StagedFile&& other) noexcept
    : path_(std::move(other.path_))
    , identity_(other.identity_)
    , kept_(std::exchange(other.kept_, true)) {}

StagedFile::~StagedFile() {
    if (!kept_)
        removeIfSame(path_, identity_);
}

Expected<void, Error> StagedFile::replace(const std::filesystem::path& target, std::string_view action) {
    if (Expected<void, Error> moved = fileplatform::replaceFile(path_, target, std::string(action)); !moved)
        return moved;
    path_ = target;
    kept_ = true;
    return {};
}

Expected<bool, Error> StagedFile::moveToFreeName(const std::filesystem::path& target) {
    Expected<bool, Error> moved = moveNoReplace(path_, target);
    if (moved && *moved)
        path_ = target;
    return moved;
}

void removeIfSame(const std::filesystem::path& file, const FileIdentity& identity) {
    Expected<EntryFacts, Error> facts = entryFacts(file);
    if (facts && facts->kind == EntryFacts::Kind::Regular && facts->identity == identity)
        removeFile(file);
}

Expected<void, Error> writeFileAtomically(const std::filesystem::path& target,
                                          std::span<const std::uint8_t> bytes) {
    const std::filesystem::path folder = target.parent_path().empty() ? "." : target.parent_path();
    Expected<StagedFile, Error> staged = StagedFile::write(folder, bytes, StagedFile::Access::Shared, target);
    if (!staged)
        return unexpected(staged.error());
    if (Expected<void, Error> replaced = staged->replace(target, "cannot replace"); !replaced)
        return replaced; // the staged file removes itself
    return syncFolder(folder);
}

Expected<std::vector<std::uint8_t>, Error> readWholeFile(const std::filesystem::path& file,
                                                         std::uintmax_t maxBytes) {
    Expected<ReadableFile, Error> opened = openRegularFile(file, maxBytes);
    if (!opened)
        return unexpected(opened.error());
    return opened->readAll(maxBytes);
}

Expected<bool, Error> fileHolds(const std::filesystem::path& file, std::span<const std::uint8_t> expected) {
    Expected<ReadableFile, Error> opened = openRegularFile(file, UINTMAX_MAX);
    if (!opened)
        return unexpected(opened.error());
    if (opened->size() != expected.size())
        return false;
    std::vector<std::uint8_t> piece(256 * 1024);
    std::size_t compared = 0;
    for (;;) {
        Expected<std::size_t, Error> got = opened->read(piece);
        if (!got)
            return unexpected(got.error());
        if (*got == 0)
            return compared == expected.size();
        if (*got > expected.size() - compared ||
            !std::equal(piece.begin(), piece.begin() + static_cast<std::ptrdiff_t>(*got),
                        expected.begin() + static_cast<std::ptrdiff_t>(compared)))
            return false;
        compared += *got;
    }
}

Expected<void, Error> syncFile(const std::filesystem::path& file) {
#ifdef _WIN32
    HANDLE handle = CreateFileW(file.c_str(), GENERIC_WRITE, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                                FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return unexpected(windowsError(GetLastError(), file, "cannot open to flush"));
    const bool flushed = FlushFileBuffers(handle);
    const DWORD error = GetLastError();
    CloseHandle(handle);
    if (!flushed)
        return unexpected(windowsError(error, file, "cannot flush to the disk"));
#else
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return unexpected(errnoError(errno, file, "cannot open to flush"));
    const int result = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (result != 0)
        return unexpected(errnoError(error, file, "cannot flush to the disk"));
#endif
    return {};
}

Expected<void, Error> syncFolder(const std::filesystem::path& folder) {
#ifdef _WIN32
    (void)folder; // NTFS journals the rename itself; MOVEFILE_WRITE_THROUGH waited for it
#else
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return unexpected(errnoError(errno, folder, "cannot open the folder to flush it"));
    const int result = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (result != 0 && error != EINVAL) // some file systems cannot flush a folder: nothing more to do there
        return unexpected(errnoError(error, folder, "cannot flush the folder to the disk"));
#endif
    return {};
}

Expected<void, Error> appendDurably(const std::filesystem::path& file, std::span<const std::uint8_t> bytes) {
#ifdef _WIN32
    HANDLE handle = CreateFileW(file.c_str(), FILE_APPEND_DATA, FILE_SHARE_READ, nullptr, OPEN_ALWAYS,
                                FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return unexpected(windowsError(GetLastError(), file, "cannot open to append"));
    Expected<void, Error> written = writeAll(handle, bytes, file);
    if (written && !FlushFileBuffers(handle))
        written = unexpected(windowsError(GetLastError(), file, "cannot flush to the disk"));
    CloseHandle(handle);
#else
    const int fd = ::open(file.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0666);
    if (fd < 0)
        return unexpected(errnoError(errno, file, "cannot open to append"));
    Expected<void, Error> written = writeAll(fd, bytes, file);
    if (written && ::fsync(fd) != 0)
        written = unexpected(errnoError(errno, file, "cannot flush to the disk"));
    if (::close(fd) != 0 && written)
        written = unexpected(errnoError(errno, file, "cannot close"));
#endif
    return written;
}

} // namespace heapfix
