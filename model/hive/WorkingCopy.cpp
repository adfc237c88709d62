#include "WorkingCopy.h"

#include "../backup/SafeOpen.h"

#include "../backup/FilePlatform.h"
#include "HiveHandle.h"

#include "../backup/AtomicFile.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <span>
#include <utility>

#ifdef __linux__
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace heapfix {

namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxHiveBytes = 2ull * 1024 * 1024 * 1024; // the regf format's own limit

} // namespace

struct WorkingCopyMaker {
    // The portable way: the hive read into memory, replayed there, written to a private temporary folder.
    static Expected<ReplayOutcome, Error> throughFile(const fs::path& hive,
                                                      const std::vector<TransactionLog>& logs) {
        Expected<std::vector<std::uint8_t>, Error> bytes = readWholeFile(hive, kMaxHiveBytes);
        if (!bytes)
            return unexpected(bytes.error());
        Expected<ReplayResult, Error> replay = replayTransactionLogs(*bytes, logs);
        ReplayOutcome outcome;
        if (!replay) {
            outcome.refused = replay.error();
            return outcome;
        }
        outcome.note = replay->note;
        std::unique_ptr<WorkingCopy> copy(new WorkingCopy());
        Expected<fs::path, Error> folder = fileplatform::makePrivateFolder("heapfix-replay-");
        if (!folder)
            return unexpected(folder.error());
        copy->folder_ = *folder;
        copy->path_ = copy->folder_ / hive.filename();
        // A scratch copy: no fsync needed, the durable write happens on commit.
        std::ofstream out(copy->path_, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(replay->hive.data()),
                  static_cast<std::streamsize>(replay->hive.size()));
        out.close();
        if (!out)
            return unexpected(
                makeError(ErrorCode::Io, copy->path_.string(), "cannot write the replayed working copy"));
        outcome.copy = std::move(copy);
        return outcome;
    }

#ifdef __linux__
    struct Mapping {
        void* address = MAP_FAILED;
        std::size_t size = 0;
        ~Mapping() {
            if (address != MAP_FAILED)
                munmap(address, size);
        }
        std::span<std::uint8_t> bytes() const { return {static_cast<std::uint8_t*>(address), size}; }
    };

    struct Descriptor {
        int fd = -1;
        ~Descriptor() {
            if (fd >= 0)
                ::close(fd);
        }
        int release() { return std::exchange(fd, -1); }
    };

    // In memory: the kernel copies the hive into a memfd (no pass through this process), the logs' pages are
    // written over it through a shared mapping. nullopt when memfds or /proc are not available.
    static std::optional<Expected<ReplayOutcome, Error>> inMemory(const fs::path& hive,
                                                                  const std::vector<TransactionLog>& logs) {
        const auto failed = [&](const std::string& action) {
            return std::optional<Expected<ReplayOutcome, Error>>(unexpected(errnoError(errno, hive, action)));
        };
        Expected<ReadableFile, Error> opened = openRegularFile(hive, kMaxHiveBytes);
        if (!opened)
            return std::optional<Expected<ReplayOutcome, Error>>(unexpected(opened.error()));
        struct Source {
            int fd;
        } source{opened->descriptor()};
        Mapping original;
        original.size = static_cast<std::size_t>(opened->size());
        original.address = mmap(nullptr, original.size, PROT_READ, MAP_PRIVATE, source.fd, 0);
        if (original.address == MAP_FAILED)
            return failed("cannot read");
        Expected<ReplayWrites, Error> writes = planTransactionLogReplay(original.bytes(), logs);
        ReplayOutcome outcome;
        if (!writes) {
            outcome.refused = writes.error();
            return outcome;
        }
        const std::string name = "heapfix-replay-" + hive.filename().string();
        Descriptor memory{memfd_create(name.c_str(), MFD_CLOEXEC)};
        if (memory.fd < 0)
            return std::nullopt;
        const fs::path path = fmt::format("/proc/self/fd/{}", memory.fd);
        if (::access(path.c_str(), R_OK) != 0)
            return std::nullopt; // no /proc: hivex could not open it by name
        if (::ftruncate(memory.fd, static_cast<off_t>(writes->size)) != 0)
            return failed("cannot make room for the replayed working copy");
        for (off_t offset = 0; offset < static_cast<off_t>(original.size);) {
            const ssize_t sent = sendfile(memory.fd, source.fd, &offset, original.size - offset);
            if (sent < 0 && errno == EINTR)
                continue;
            if (sent < 0) { // sendfile refused: copy through the mapping
                const std::span<std::uint8_t> rest =
                    original.bytes().subspan(static_cast<std::size_t>(offset));
                if (::pwrite(memory.fd, rest.data(), rest.size(), offset) !=
                    static_cast<ssize_t>(rest.size()))
                    return failed("cannot write the replayed working copy");
                break;
            }
            if (sent == 0)
                return failed("the hive got shorter while it was read");
        }
        Mapping image;
        image.size = writes->size;
        image.address = mmap(nullptr, image.size, PROT_READ | PROT_WRITE, MAP_SHARED, memory.fd, 0);
        if (image.address == MAP_FAILED)
            return failed("cannot map the replayed working copy");
        if (Expected<void, Error> applied = applyReplay(*writes, image.bytes()); !applied) {
            outcome.refused = applied.error();
            return outcome;
        }
        outcome.note = writes->note;
        outcome.copy.reset(new WorkingCopy());
        outcome.copy->fd_ = memory.release();
        outcome.copy->path_ = path;
        return outcome;
    }
#endif
};

Expected<std::unique_ptr<LogFiles>, Error> LogFiles::read(const std::vector<fs::path>& files) {
    std::unique_ptr<LogFiles> read(new LogFiles());
    for (const fs::path& file : files) {
        TransactionLog log(file.filename().string(), {});
#ifdef __linux__
        Expected<ReadableFile, Error> opened = openRegularFile(file, kMaxHiveBytes);
        if (!opened)
            return unexpected(opened.error());
        const std::uintmax_t size = opened->size();
        if (size > 0) {
            void* address = mmap(nullptr, static_cast<std::size_t>(size), PROT_READ, MAP_PRIVATE,
                                 opened->descriptor(), 0);
            if (address == MAP_FAILED)
                return unexpected(errnoError(errno, file, "cannot read"));
            read->mappings_.emplace_back(address, static_cast<std::size_t>(size));
            log = TransactionLog::mappedFile(
                file.filename().string(),
                {static_cast<const std::uint8_t*>(address), static_cast<std::size_t>(size)});
        }
#else
        Expected<std::vector<std::uint8_t>, Error> bytes = readWholeFile(file, kMaxHiveBytes);
        if (!bytes)
            return unexpected(bytes.error());
        log.bytes = std::move(*bytes);
#endif
        read->logs_.push_back(std::move(log));
    }
    return read;
}

LogFiles::~LogFiles() {
#ifdef __linux__
    for (const auto& [address, size] : mappings_)
        munmap(address, size);
#endif
}

WorkingCopy::~WorkingCopy() {
#ifdef __linux__
    if (fd_ >= 0)
        ::close(fd_);
#endif
    if (!folder_.empty()) {
        std::error_code ignored;
        fs::remove_all(folder_, ignored);
    }
}

Expected<ReplayOutcome, Error> replayIntoWorkingCopy(const fs::path& hive,
                                                     const std::vector<TransactionLog>& logs) {
#ifdef __linux__
    if (std::optional<Expected<ReplayOutcome, Error>> replayed = WorkingCopyMaker::inMemory(hive, logs))
        return std::move(*replayed);
#endif
    return WorkingCopyMaker::throughFile(hive, logs);
}

} // namespace heapfix
