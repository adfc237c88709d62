#include "LogFile.h"

#include "EventLog.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <utility>

#ifdef _WIN32
#include "../win32/Win32Text.h"
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace heapfix {

namespace {

Error notARegularFile(const std::filesystem::path& path, std::string_view what) {
    return makeError(ErrorCode::Refused, pathToUtf8(path),
                     fmt::format("{}, not an event log file: heapfix reads only regular files", what));
}

Error sizeError(const std::filesystem::path& path, std::uint64_t size, std::uint64_t maxBytes) {
    if (size == 0)
        return makeError(ErrorCode::Corrupt, pathToUtf8(path),
                         "the file is empty (0 bytes): it holds no event log");
    return makeError(
        ErrorCode::Refused, pathToUtf8(path),
        fmt::format("the file is {} bytes, larger than any event log ({} bytes): heapfix does not "
                    "read it",
                    size, maxBytes));
}

#ifndef _WIN32
std::string_view kindOf(mode_t mode) {
    if (S_ISDIR(mode))
        return "this is a folder";
    if (S_ISFIFO(mode))
        return "this is a named pipe (FIFO)";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "this is a device";
    if (S_ISSOCK(mode))
        return "this is a socket";
    if (S_ISLNK(mode))
        return "this is a symbolic link (heapfix does not follow links on a disk it repairs)";
    return "this is not a regular file";
}

Error openError(int error, const std::filesystem::path& path) {
    const std::string detail = fmt::format("cannot open the log: {}", std::strerror(error));
    switch (error) {
    case ENOENT:
    case ENOTDIR:
        return makeError(ErrorCode::NotFound, pathToUtf8(path), "there is no log file here");
    case EACCES:
    case EPERM:
        return makeError(ErrorCode::AccessDenied, pathToUtf8(path), detail);
    case ELOOP:
        return notARegularFile(path, kindOf(S_IFLNK));
    default:
        return makeError(ErrorCode::Io, pathToUtf8(path), detail);
    }
}
#endif

} // namespace

#ifndef _WIN32

Expected<LogFile, Error> LogFile::open(const std::filesystem::path& path, std::uint64_t maxBytes) {
    // lstat first, so that a device or a FIFO is never even opened; then the open itself refuses a link that
    // appeared meanwhile, and fstat checks that what was opened is what lstat saw.
    struct stat seen {};
    if (::lstat(path.c_str(), &seen) != 0)
        return unexpected(openError(errno, path));
    if (!S_ISREG(seen.st_mode))
        return unexpected(notARegularFile(path, kindOf(seen.st_mode)));
    LogFile file;
    file.path_ = path;
    file.fd_ = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
    if (file.fd_ < 0)
        return unexpected(openError(errno, path));
    struct stat opened {};
    if (::fstat(file.fd_, &opened) != 0)
        return unexpected(openError(errno, path));
    if (!S_ISREG(opened.st_mode))
        return unexpected(notARegularFile(path, kindOf(opened.st_mode)));
    if (opened.st_dev != seen.st_dev || opened.st_ino != seen.st_ino)
        return unexpected(makeError(ErrorCode::Refused, pathToUtf8(path),
                                    "the file was replaced while heapfix opened it: run heapfix again"));
    file.size_ = static_cast<std::uint64_t>(opened.st_size);
    if (file.size_ == 0 || file.size_ > maxBytes)
        return unexpected(sizeError(path, file.size_, maxBytes));
    return file;
}

long long LogFile::readAt(std::uint64_t offset, void* buffer, std::size_t size) const {
    std::size_t done = 0;
    while (done < size) {
        const ssize_t got =
            ::pread(fd_, static_cast<char*>(buffer) + done, size - done, static_cast<off_t>(offset + done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return -1;
        if (got == 0)
            break;
        done += static_cast<std::size_t>(got);
    }
    return static_cast<long long>(done);
}

void LogFile::close() {
    if (fd_ >= 0)
        ::close(fd_);
    fd_ = -1;
}

LogFile::LogFile(LogFile&& other) noexcept
    : path_(std::move(other.path_))
    , size_(other.size_)
    , fd_(std::exchange(other.fd_, -1)) {}

LogFile& LogFile::operator=(LogFile&& other) noexcept {
    if (this != &other) {
        close();
        path_ = std::move(other.path_);
        size_ = other.size_;
        fd_ = std::exchange(other.fd_, -1);
    }
    return *this;
}

#else

Expected<LogFile, Error> LogFile::open(const std::filesystem::path& path, std::uint64_t maxBytes) {
    LogFile file;
    file.path_ = path;
    // No FILE_SHARE_WRITE or FILE_SHARE_DELETE: while heapfix reads, nobody can change, rename or replace the
    // file, so the event-log API (which opens it by name) reads the file checked here. A log in use by the
    // event-log service (the live one) is reported as locked.
    HANDLE handle = CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                                FILE_FLAG_OPEN_REPARSE_POINT | FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        const DWORD code = GetLastError();
        if (code == ERROR_SHARING_VIOLATION || code == ERROR_LOCK_VIOLATION)
            return unexpected(
                makeError(ErrorCode::AccessDenied, pathToUtf8(path),
                          "the log is in use by another program (locked): " + systemMessage(code)));
        if (code == ERROR_FILE_NOT_FOUND || code == ERROR_PATH_NOT_FOUND)
            return unexpected(makeError(ErrorCode::NotFound, pathToUtf8(path), "there is no log file here"));
        return unexpected(win32Error(static_cast<LSTATUS>(code), pathToUtf8(path), "cannot open the log"));
    }
    file.handle_ = handle;
    BY_HANDLE_FILE_INFORMATION information{};
    if (!GetFileInformationByHandle(handle, &information))
        return unexpected(
            win32Error(static_cast<LSTATUS>(GetLastError()), pathToUtf8(path), "cannot read the log"));
    if (information.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)
        return unexpected(notARegularFile(path, "this is a folder"));
    if (information.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT)
        return unexpected(
            notARegularFile(path, "this is a link (heapfix does not follow links on a disk it repairs)"));
    if (GetFileType(handle) != FILE_TYPE_DISK)
        return unexpected(notARegularFile(path, "this is a device or a pipe"));
    file.size_ = (std::uint64_t(information.nFileSizeHigh) << 32) | information.nFileSizeLow;
    if (file.size_ == 0 || file.size_ > maxBytes)
        return unexpected(sizeError(path, file.size_, maxBytes));
    return file;
}

void LogFile::close() {
    if (handle_)
        CloseHandle(handle_);
    handle_ = nullptr;
}

LogFile::LogFile(LogFile&& other) noexcept
    : path_(std::move(other.path_))
    , size_(other.size_)
    , handle_(std::exchange(other.handle_, nullptr)) {}

LogFile& LogFile::operator=(LogFile&& other) noexcept {
    if (this != &other) {
        close();
        path_ = std::move(other.path_);
        size_ = other.size_;
        handle_ = std::exchange(other.handle_, nullptr);
    }
    return *this;
}

#endif

LogFile::~LogFile() {
    close();
}

} // namespace heapfix
