#include "SafeOpen.h"

#include "AtomicFile.h"

#include <fmt/format.h>

#include <cerrno>
#include <system_error>

#ifdef _WIN32
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace heapfix {

namespace {

Error refused(const std::filesystem::path& file, std::string detail) {
    return makeError(ErrorCode::Refused, pathToUtf8(file), std::move(detail), ErrorCause::NotARegularFile);
}

std::string kindWords(EntryFacts::Kind kind) {
    switch (kind) {
    case EntryFacts::Kind::Link:
        return "it is a symbolic link (or another reparse point), which heapfix does not follow";
    case EntryFacts::Kind::Folder:
        return "it is a folder, not a file";
    case EntryFacts::Kind::Other:
        return "it is not a regular file (a FIFO, socket or device), which heapfix does not read";
    default:
        return "it is not a regular file";
    }
}

Error tooLarge(const std::filesystem::path& file, std::uintmax_t maxBytes) {
    return makeError(ErrorCode::Malformed, pathToUtf8(file),
                     fmt::format("larger than the {} bytes such a file can have", maxBytes));
}

#ifndef _WIN32
EntryFacts factsOf(const struct stat& info) {
    EntryFacts facts;
    facts.kind = S_ISREG(info.st_mode)   ? EntryFacts::Kind::Regular
                 : S_ISDIR(info.st_mode) ? EntryFacts::Kind::Folder
                 : S_ISLNK(info.st_mode) ? EntryFacts::Kind::Link
                                         : EntryFacts::Kind::Other;
    facts.identity = {static_cast<std::uint64_t>(info.st_dev), static_cast<std::uint64_t>(info.st_ino)};
    facts.size = static_cast<std::uint64_t>(info.st_size);
    facts.owner = info.st_uid;
    facts.group = info.st_gid;
    facts.mode = info.st_mode & 07777;
    return facts;
}
#endif

} // namespace

#ifdef _WIN32

namespace {
struct HandleFacts {
    EntryFacts facts;
    bool ok = false;
};

HandleFacts handleFacts(HANDLE handle) {
    HandleFacts result;
    BY_HANDLE_FILE_INFORMATION info{};
    if (!GetFileInformationByHandle(handle, &info))
        return result;
    EntryFacts& facts = result.facts;
    facts.kind = (info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) ? EntryFacts::Kind::Link
                 : (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)   ? EntryFacts::Kind::Folder
                 : GetFileType(handle) == FILE_TYPE_DISK                ? EntryFacts::Kind::Regular
                                                                        : EntryFacts::Kind::Other;
    facts.identity = {info.dwVolumeSerialNumber,
                      (std::uint64_t{info.nFileIndexHigh} << 32) | info.nFileIndexLow};
    facts.size = (std::uint64_t{info.nFileSizeHigh} << 32) | info.nFileSizeLow;
    result.ok = true;
    return result;
}

HANDLE openNoFollow(const std::filesystem::path& path, DWORD access) {
    return CreateFileW(path.c_str(), access, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                       OPEN_EXISTING, FILE_FLAG_OPEN_REPARSE_POINT | FILE_FLAG_BACKUP_SEMANTICS, nullptr);
}
} // namespace

Expected<EntryFacts, Error> entryFacts(const std::filesystem::path& path) {
    HANDLE handle = openNoFollow(path, FILE_READ_ATTRIBUTES);
    if (handle == INVALID_HANDLE_VALUE) {
        const DWORD error = GetLastError();
        if (error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND)
            return EntryFacts{};
        return unexpected(windowsError(error, path, "cannot look at"));
    }
    const HandleFacts facts = handleFacts(handle);
    const DWORD error = GetLastError();
    CloseHandle(handle);
    if (!facts.ok)
        return unexpected(windowsError(error, path, "cannot look at"));
    return facts.facts;
}

void ReadableFile::close() {
    if (native_)
        CloseHandle(static_cast<HANDLE>(native_));
    native_ = nullptr;
}

Expected<std::size_t, Error> ReadableFile::read(std::span<std::uint8_t> bytes) {
    DWORD got = 0;
    const DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(bytes.size(), 1u << 30));
    if (!ReadFile(static_cast<HANDLE>(native_), bytes.data(), chunk, &got, nullptr))
        return unexpected(windowsError(GetLastError(), path_, "cannot read"));
    return std::size_t{got};
}

Expected<ReadableFile, Error> openRegularFile(const std::filesystem::path& file, std::uintmax_t maxBytes) {
    HANDLE handle = openNoFollow(file, GENERIC_READ);
    if (handle == INVALID_HANDLE_VALUE)
        return unexpected(windowsError(GetLastError(), file, "cannot open"));
    ReadableFile opened;
    opened.native_ = handle;
    opened.path_ = file;
    const HandleFacts facts = handleFacts(handle);
    if (!facts.ok)
        return unexpected(windowsError(GetLastError(), file, "cannot look at"));
    if (facts.facts.kind != EntryFacts::Kind::Regular)
        return unexpected(refused(file, kindWords(facts.facts.kind)));
    if (facts.facts.size > maxBytes)
        return unexpected(tooLarge(file, maxBytes));
    opened.size_ = facts.facts.size;
    opened.identity_ = facts.facts.identity;
    return opened;
}

#else

Expected<EntryFacts, Error> entryFacts(const std::filesystem::path& path) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return EntryFacts{};
        return unexpected(errnoError(errno, path, "cannot look at"));
    }
    return factsOf(info);
}

void ReadableFile::close() {
    if (native_ >= 0)
        ::close(native_);
    native_ = -1;
}

Expected<std::size_t, Error> ReadableFile::read(std::span<std::uint8_t> bytes) {
    for (;;) {
        const ssize_t got = ::read(native_, bytes.data(), bytes.size());
        if (got >= 0)
            return static_cast<std::size_t>(got);
        if (errno != EINTR)
            return unexpected(errnoError(errno, path_, "cannot read"));
    }
}

Expected<ReadableFile, Error> openRegularFile(const std::filesystem::path& file, std::uintmax_t maxBytes) {
    // O_NONBLOCK: opening a FIFO for reading waits for a writer; with it the open returns and fstat refuses.
    const int fd = ::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        if (error == ELOOP)
            return unexpected(refused(file, kindWords(EntryFacts::Kind::Link)));
        return unexpected(errnoError(error, file, "cannot open"));
    }
    ReadableFile opened;
    opened.native_ = fd;
    opened.path_ = file;
    struct stat info {};
    if (::fstat(fd, &info) != 0)
        return unexpected(errnoError(errno, file, "cannot look at"));
    const EntryFacts facts = factsOf(info);
    if (facts.kind != EntryFacts::Kind::Regular)
        return unexpected(refused(file, kindWords(facts.kind)));
    if (facts.size > maxBytes)
        return unexpected(tooLarge(file, maxBytes));
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    opened.size_ = facts.size;
    opened.identity_ = facts.identity;
    return opened;
}

#endif

std::vector<std::filesystem::path> folderEntries(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> entries;
    std::error_code error;
    std::filesystem::directory_iterator entry(folder, error);
    for (const std::filesystem::directory_iterator end; !error && entry != end; entry.increment(error))
        entries.push_back(entry->path());
    return entries;
}

ReadableFile::ReadableFile(ReadableFile&& other) noexcept
    : native_(std::exchange(other.native_, kClosed))
    , size_(other.size_)
    , identity_(other.identity_)
    , path_(std::move(other.path_)) {}

ReadableFile& ReadableFile::operator=(ReadableFile&& other) noexcept {
    if (this != &other) {
        close();
        native_ = std::exchange(other.native_, kClosed);
        size_ = other.size_;
        identity_ = other.identity_;
        path_ = std::move(other.path_);
    }
    return *this;
}

ReadableFile::~ReadableFile() {
    close();
}

Expected<std::vector<std::uint8_t>, Error> ReadableFile::readAll(std::uintmax_t maxBytes) {
    std::vector<std::uint8_t> bytes;
    // Straight into a buffer of the file's size (growing it in steps copied a 12 MiB hive three times over,
    // bench/ and issue 7); the loop reads any rest of a file that grew.
    bytes.resize(static_cast<std::size_t>(std::min<std::uintmax_t>(size_, maxBytes) + 1));
    std::size_t filled = 0;
    for (;;) {
        if (filled == bytes.size()) {
            if (bytes.size() > maxBytes)
                return unexpected(tooLarge(path_, maxBytes));
            bytes.resize(bytes.size() + 64 * 1024);
        }
        Expected<std::size_t, Error> got = read(std::span(bytes).subspan(filled));
        if (!got)
            return unexpected(got.error());
        if (*got == 0)
            break;
        filled += *got;
    }
    if (filled > maxBytes)
        return unexpected(tooLarge(path_, maxBytes));
    bytes.resize(filled);
    return bytes;
}

Expected<FileContents, Error> FileContents::read(const std::filesystem::path& file, std::uintmax_t maxBytes) {
    Expected<ReadableFile, Error> opened = openRegularFile(file, maxBytes);
    if (!opened)
        return unexpected(opened.error());
    FileContents contents;
#ifndef _WIN32
    if (opened->size() > 0) {
        const auto size = static_cast<std::size_t>(opened->size());
        void* address = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, opened->descriptor(), 0);
        if (address == MAP_FAILED)
            return unexpected(errnoError(errno, file, "cannot read"));
        contents.bytes_ = {static_cast<const std::uint8_t*>(address), size};
        contents.mapped_ = true;
        return contents;
    }
#endif
    Expected<std::vector<std::uint8_t>, Error> bytes = opened->readAll(maxBytes);
    if (!bytes)
        return unexpected(bytes.error());
    contents.read_ = std::move(*bytes);
    contents.bytes_ = contents.read_;
    return contents;
}

FileContents::FileContents(FileContents&& other) noexcept {
    *this = std::move(other);
}

FileContents& FileContents::operator=(FileContents&& other) noexcept {
    if (this != &other) {
        release();
        mapped_ = std::exchange(other.mapped_, false);
        read_ = std::move(other.read_);
        bytes_ = mapped_ ? std::exchange(other.bytes_, {}) : std::span<const std::uint8_t>(read_);
        other.bytes_ = {};
    }
    return *this;
}

FileContents::~FileContents() {
    release();
}

void FileContents::release() {
#ifndef _WIN32
    if (mapped_)
        ::munmap(const_cast<std::uint8_t*>(bytes_.data()), bytes_.size());
#endif
    mapped_ = false;
    bytes_ = {};
    read_.clear();
}

} // namespace heapfix
