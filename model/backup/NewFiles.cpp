#include "NewFiles.h"

#include "AtomicFile.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <random>

#ifdef _WIN32
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace heapfix {

namespace {

constexpr int kMaxNames = 1000;

struct Temporary {
    std::filesystem::path path;
    FileIdentity identity;
};

std::filesystem::path temporaryName(const std::filesystem::path& folder) {
    thread_local std::mt19937_64 random{std::random_device{}()};
    return folder / fmt::format(".heapfix-new-{:016x}.tmp", random());
}

#ifdef _WIN32
Expected<Temporary, Error> writeTemporary(const std::filesystem::path& folder, const NewFile& file,
                                          const std::filesystem::path& shownAs) {
    Temporary temporary{temporaryName(folder), {}};
    HANDLE handle = CreateFileW(temporary.path.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                                FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return unexpected(windowsError(GetLastError(), shownAs, "cannot create a new file beside it"));
    Expected<void, Error> done;
    std::span<const std::uint8_t> rest = file.bytes;
    while (done && !rest.empty()) {
        DWORD written = 0;
        const DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(rest.size(), 1u << 30));
        if (!WriteFile(handle, rest.data(), chunk, &written, nullptr))
            done = unexpected(windowsError(GetLastError(), shownAs, "cannot write"));
        else
            rest = rest.subspan(written);
    }
    if (done && !FlushFileBuffers(handle))
        done = unexpected(windowsError(GetLastError(), shownAs, "cannot flush to the disk"));
    BY_HANDLE_FILE_INFORMATION info{};
    if (done && GetFileInformationByHandle(handle, &info))
        temporary.identity = {info.dwVolumeSerialNumber,
                              (std::uint64_t{info.nFileIndexHigh} << 32) | info.nFileIndexLow};
    CloseHandle(handle);
    if (!done) {
        DeleteFileW(temporary.path.c_str());
        return unexpected(done.error());
    }
    return temporary;
}

// Moves without replacing: false when the name is taken.
Expected<bool, Error> placeNoReplace(const std::filesystem::path& from, const std::filesystem::path& to) {
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
Expected<Temporary, Error> writeTemporary(const std::filesystem::path& folder, const NewFile& file,
                                          const std::filesystem::path& shownAs) {
    Temporary temporary{temporaryName(folder), {}};
    const int fd = ::open(temporary.path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                          file.privateToOwner ? 0600 : 0666);
    if (fd < 0)
        return unexpected(errnoError(errno, shownAs, "cannot create a new file beside it"));
    Expected<void, Error> done;
    std::span<const std::uint8_t> rest = file.bytes;
    while (done && !rest.empty()) {
        const ssize_t count = ::write(fd, rest.data(), rest.size());
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0)
            done = unexpected(errnoError(errno, shownAs, "cannot write"));
        else
            rest = rest.subspan(static_cast<std::size_t>(count));
    }
    if (done && ::fsync(fd) != 0)
        done = unexpected(errnoError(errno, shownAs, "cannot flush to the disk"));
    struct stat info {};
    if (done && ::fstat(fd, &info) == 0)
        temporary.identity = {static_cast<std::uint64_t>(info.st_dev),
                              static_cast<std::uint64_t>(info.st_ino)};
    if (::close(fd) != 0 && done)
        done = unexpected(errnoError(errno, shownAs, "cannot close"));
    if (!done) {
        ::unlink(temporary.path.c_str());
        return unexpected(done.error());
    }
    return temporary;
}

// Moves without replacing (renameat2's RENAME_NOREPLACE; a hard link and an unlink where the file system
// has no such rename): false when the name is taken.
Expected<bool, Error> placeNoReplace(const std::filesystem::path& from, const std::filesystem::path& to) {
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

void removeIfSame(const std::filesystem::path& file, const FileIdentity& identity) {
    Expected<EntryFacts, Error> facts = entryFacts(file);
    if (facts && facts->kind == EntryFacts::Kind::Regular && facts->identity == identity)
        removeFile(file);
}

Expected<FileIdentity, Error> writeNewFile(const std::filesystem::path& file,
                                           std::span<const std::uint8_t> bytes) {
    const std::filesystem::path folder = file.parent_path().empty() ? "." : file.parent_path();
    Expected<Temporary, Error> temporary = writeTemporary(folder, NewFile{{}, bytes, false}, file);
    if (!temporary)
        return unexpected(temporary.error());
    Expected<bool, Error> placed = placeNoReplace(temporary->path, file);
    removeIfSame(temporary->path, temporary->identity);
    if (!placed)
        return unexpected(placed.error());
    if (!*placed)
        return unexpected(
            makeError(ErrorCode::Refused, pathToUtf8(file), "a file of this name exists already"));
    if (Expected<void, Error> synced = syncFolder(folder); !synced) {
        removeIfSame(file, temporary->identity);
        return unexpected(synced.error());
    }
    return temporary->identity;
}

Expected<PlacedFiles, Error> writeNewFiles(const std::filesystem::path& folder, const std::string& base,
                                           const std::vector<NewFile>& files) {
    std::vector<Temporary> temporaries;
    const auto dropTemporaries = [&] {
        for (const Temporary& temporary : temporaries)
            removeIfSame(temporary.path, temporary.identity);
    };
    for (const NewFile& file : files) {
        Expected<Temporary, Error> written = writeTemporary(folder, file, folder / (base + file.suffix));
        if (!written) {
            dropTemporaries();
            return unexpected(written.error());
        }
        temporaries.push_back(std::move(*written));
    }
    for (int n = 1; n <= kMaxNames; ++n) {
        PlacedFiles placed;
        placed.base = n == 1 ? base : fmt::format("{}-{}", base, n);
        bool taken = false;
        for (std::size_t i = 0; i < files.size() && !taken; ++i) {
            const std::filesystem::path target = folder / (placed.base + files[i].suffix);
            Expected<bool, Error> moved = placeNoReplace(temporaries[i].path, target);
            if (!moved) {
                // Put back what was placed under this name, so that the temporaries can be removed.
                removePlaced(placed);
                dropTemporaries();
                return unexpected(moved.error());
            }
            if (!*moved) {
                taken = true;
                break;
            }
            placed.paths.push_back(target);
            placed.identities.push_back(temporaries[i].identity);
        }
        if (taken) { // back to their temporary names, then the next name
            for (std::size_t i = 0; i < placed.paths.size(); ++i)
                if (Expected<bool, Error> back = placeNoReplace(placed.paths[i], temporaries[i].path);
                    !back || !*back)
                    removeIfSame(placed.paths[i], placed.identities[i]);
            continue;
        }
        dropTemporaries(); // any left after a link-and-unlink placement
        if (Expected<void, Error> synced = syncFolder(folder); !synced) {
            removePlaced(placed);
            return unexpected(synced.error());
        }
        return placed;
    }
    dropTemporaries();
    return unexpected(makeError(ErrorCode::Io, pathToUtf8(folder / base),
                                fmt::format("every name from {0} to {0}-{1} is taken", base, kMaxNames)));
}

void removePlaced(const PlacedFiles& placed) {
    for (std::size_t i = 0; i < placed.paths.size(); ++i)
        removeIfSame(placed.paths[i], placed.identities[i]);
}

} // namespace heapfix
