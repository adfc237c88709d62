#include "AtomicFile.h"

#include "SafeOpen.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <random>
#include <system_error>

#ifdef _WIN32
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace heapfix {
namespace {

// A name for the temporary file beside the target, so that the final rename stays on one file system.
std::filesystem::path temporarySibling(const std::filesystem::path& target) {
    thread_local std::mt19937_64 random{std::random_device{}()};
    return target.parent_path() / fmt::format(".{}.tmp-{:016x}", pathToUtf8(target.filename()), random());
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

Expected<void, Error> writeTemporary(const std::filesystem::path& temporary,
                                     std::span<const std::uint8_t> bytes,
                                     const std::filesystem::path& target) {
    HANDLE file =
        CreateFileW(temporary.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return unexpected(windowsError(GetLastError(), target, "cannot create a temporary file beside it"));
    Expected<void, Error> written = writeAll(file, bytes, target);
    if (written && !FlushFileBuffers(file))
        written = unexpected(windowsError(GetLastError(), target, "cannot flush to the disk"));
    if (!CloseHandle(file) && written)
        written = unexpected(windowsError(GetLastError(), target, "cannot close"));
    return written;
}

Expected<void, Error> replace(const std::filesystem::path& temporary, const std::filesystem::path& target) {
    if (!MoveFileExW(temporary.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return unexpected(windowsError(GetLastError(), target, "cannot replace"));
    return {};
}

void removeQuietly(const std::filesystem::path& file) {
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

Expected<void, Error> writeTemporary(const std::filesystem::path& temporary,
                                     std::span<const std::uint8_t> bytes,
                                     const std::filesystem::path& target) {
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0)
        return unexpected(errnoError(errno, target, "cannot create a temporary file beside it"));
    Expected<void, Error> written = writeAll(fd, bytes, target);
    if (written && ::fsync(fd) != 0)
        written = unexpected(errnoError(errno, target, "cannot flush to the disk"));
    if (::close(fd) != 0 && written)
        written = unexpected(errnoError(errno, target, "cannot close"));
    return written;
}

Expected<void, Error> replace(const std::filesystem::path& temporary, const std::filesystem::path& target) {
    if (::rename(temporary.c_str(), target.c_str()) != 0)
        return unexpected(errnoError(errno, target, "cannot replace"));
    return {};
}

void removeQuietly(const std::filesystem::path& file) {
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

Expected<void, Error> writeFileAtomically(const std::filesystem::path& target,
                                          std::span<const std::uint8_t> bytes) {
    const std::filesystem::path temporary = temporarySibling(target);
    Expected<void, Error> done = writeTemporary(temporary, bytes, target);
    if (done)
        done = replace(temporary, target);
    if (!done) {
        removeQuietly(temporary); // never leave a partial file behind
        return done;
    }
    return syncFolder(target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path());
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
