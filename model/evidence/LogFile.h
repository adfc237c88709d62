#pragma once
// Opening a log file safely: heapfix runs as root or administrator on other people's disks. The file is
// opened without blocking and without following a link (O_NONBLOCK | O_NOFOLLOW;
// FILE_FLAG_OPEN_REPARSE_POINT), and must then be a regular file of a sane size: a FIFO, a folder, a device
// or a link is refused at once, with a message that says what it is. The readers then read what was checked
// through this open file (a libbfio handle over the descriptor on Linux); on Windows, where the event-log API
// opens the file by name, the open handle denies writing and deleting it meanwhile, so the checked file is
// what the API reads. (To be replaced by model/io's safe read-only open once it lands.)

#include "../core/Error.h"
#include "../core/Expected.h"

#include <cstdint>
#include <filesystem>

namespace heapfix {

class LogFile {
public:
    static Expected<LogFile, Error> open(const std::filesystem::path& path, std::uint64_t maxBytes);
    LogFile(LogFile&& other) noexcept;
    LogFile& operator=(LogFile&& other) noexcept;
    LogFile(const LogFile&) = delete;
    LogFile& operator=(const LogFile&) = delete;
    ~LogFile();

    std::uint64_t size() const { return size_; }
    const std::filesystem::path& path() const { return path_; }
#ifdef _WIN32
    void* handle() const {
        return handle_;
    }
#else
    int descriptor() const {
        return fd_;
    }
    // Reads up to `size` bytes at `offset` (pread); -1 on an error.
    long long readAt(std::uint64_t offset, void* buffer, std::size_t size) const;
#endif

private:
    LogFile() = default;
    void close();
    std::filesystem::path path_;
    std::uint64_t size_ = 0;
#ifdef _WIN32
    void* handle_ = nullptr;
#else
    int fd_ = -1;
#endif
};

} // namespace heapfix
