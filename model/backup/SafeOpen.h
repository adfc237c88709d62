#pragma once
// Opening what heapfix reads and writes on disks that others control, without being led astray: a file is
// opened without following a link at its last name and without blocking (a FIFO or device is refused at once,
// never waited on), then checked to be a regular file of a sane size. A file's identity (volume and file
// number) tells whether the name still leads to the file that was opened.

#include "../core/Error.h"
#include "../core/Expected.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <vector>

namespace heapfix {

struct FileIdentity {
    std::uint64_t volume = 0;
    std::uint64_t number = 0;
    bool operator==(const FileIdentity&) const = default;
};

// What the name itself is, links not followed (lstat; FILE_FLAG_OPEN_REPARSE_POINT).
struct EntryFacts {
    enum class Kind { Missing, Regular, Folder, Link, Other } kind = Kind::Missing;
    FileIdentity identity;
    std::uint64_t size = 0;
    std::uint32_t owner = 0; // POSIX uid and group; 0 on Windows
    std::uint32_t group = 0;
    std::uint32_t mode = 0; // POSIX permission bits
};
Expected<EntryFacts, Error> entryFacts(const std::filesystem::path& path);

// The entries of a folder, without throwing: a folder that cannot be read (or stops being readable half-way)
// gives what was read so far. std::filesystem's range-for over a directory_iterator throws on a failed step.
std::vector<std::filesystem::path> folderEntries(const std::filesystem::path& folder);

// A regular file open for reading. Move-only; closes itself.
class ReadableFile {
public:
    ReadableFile() = default;
    ReadableFile(ReadableFile&& other) noexcept;
    ReadableFile& operator=(ReadableFile&& other) noexcept;
    ReadableFile(const ReadableFile&) = delete;
    ReadableFile& operator=(const ReadableFile&) = delete;
    ~ReadableFile();

    std::uint64_t size() const { return size_; }
    const FileIdentity& identity() const { return identity_; }
    const std::filesystem::path& path() const { return path_; }
    // Reads up to bytes.size() bytes; 0 at the end of the file.
    Expected<std::size_t, Error> read(std::span<std::uint8_t> bytes);
    // The rest of the file, refused when longer than maxBytes.
    Expected<std::vector<std::uint8_t>, Error> readAll(std::uintmax_t maxBytes);
#ifndef _WIN32
    int descriptor() const {
        return native_;
    }
#endif

private:
    friend Expected<ReadableFile, Error> openRegularFile(const std::filesystem::path&, std::uintmax_t);
    void close();
#ifdef _WIN32
    using Native = void*; // a HANDLE
    static constexpr Native kClosed = nullptr;
#else
    using Native = int;
    static constexpr Native kClosed = -1;
#endif
    Native native_ = kClosed;
    std::uint64_t size_ = 0;
    FileIdentity identity_;
    std::filesystem::path path_;
};

// A whole regular file's bytes, read-only, the file opened as openRegularFile does. On POSIX systems the file
// is mapped, not read: a 12 MB hive kept whole for a backup was copied into fresh memory page by page, 40 ms
// of an offline edit (bench/); on Windows it is read. The bytes are those of the size seen at opening. As
// with hivex's own read-only handles, a file made shorter by someone else while it is mapped ends the process
// (SIGBUS) before anything heapfix writes is put in place.
class FileContents {
public:
    FileContents() = default;
    FileContents(FileContents&& other) noexcept;
    FileContents& operator=(FileContents&& other) noexcept;
    FileContents(const FileContents&) = delete;
    FileContents& operator=(const FileContents&) = delete;
    ~FileContents();

    static Expected<FileContents, Error> read(const std::filesystem::path& file, std::uintmax_t maxBytes);
    std::span<const std::uint8_t> bytes() const { return bytes_; }

private:
    void release();
    std::span<const std::uint8_t> bytes_;
    bool mapped_ = false;
    std::vector<std::uint8_t> read_;
};

// Opens `file` as described above; a link, a folder, a FIFO or device, or a file over maxBytes is refused
// with ErrorCode::Refused and a detail that says which.
Expected<ReadableFile, Error> openRegularFile(const std::filesystem::path& file,
                                              std::uintmax_t maxBytes = UINT64_MAX);

} // namespace heapfix
