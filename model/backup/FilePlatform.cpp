#include "FilePlatform.h"

#include "../backup/AtomicFile.h"

#include <fmt/format.h>

#include <cerrno>
#include <random>
#include <system_error>

#ifdef _WIN32
#include <windows.h>
#else
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#endif

namespace heapfix::fileplatform {

namespace fs = std::filesystem;

#ifdef _WIN32

std::optional<bool> volumeReadOnly(const fs::path& folder) {
    wchar_t root[MAX_PATH + 1] = {};
    if (!GetVolumePathNameW(fs::absolute(folder).c_str(), root, MAX_PATH))
        return std::nullopt;
    DWORD flags = 0;
    if (!GetVolumeInformationW(root, nullptr, 0, nullptr, nullptr, &flags, nullptr, 0))
        return std::nullopt;
    return (flags & FILE_READ_ONLY_VOLUME) != 0;
}

bool canCreateFilesIn(const fs::path& folder) {
    thread_local std::mt19937_64 random{std::random_device{}()};
    const fs::path probe = folder / fmt::format(".heapfix-probe-{}-{:016x}", processId(), random());
    HANDLE file = CreateFileW(probe.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                              FILE_ATTRIBUTE_TEMPORARY | FILE_FLAG_DELETE_ON_CLOSE, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return false;
    CloseHandle(file);
    return true;
}

Expected<fs::path, Error> makePrivateFolder(const std::string& prefix) {
    std::error_code error;
    const fs::path temporary = fs::temp_directory_path(error);
    if (error)
        return unexpected(fileSystemError(error, "%TEMP%", "cannot find the temporary folder"));
    return makePrivateFolderIn(temporary, prefix);
}

Expected<fs::path, Error> makePrivateFolderIn(const fs::path& parent, const std::string& prefix) {
    const fs::path temporary = parent;
    thread_local std::mt19937_64 random{std::random_device{}()};
    for (int attempt = 0; attempt < 100; ++attempt) {
        const fs::path folder = temporary / fmt::format("{}{:016x}", prefix, random());
        if (CreateDirectoryW(folder.c_str(), nullptr))
            return folder;
        if (GetLastError() != ERROR_ALREADY_EXISTS)
            return unexpected(windowsError(GetLastError(), folder, "cannot create a temporary folder"));
    }
    return unexpected(makeError(ErrorCode::Io, pathToUtf8(temporary),
                                "cannot create a temporary folder: every name tried exists"));
}

unsigned long processId() {
    return GetCurrentProcessId();
}

bool processAlive(unsigned long id) {
    HANDLE process = OpenProcess(SYNCHRONIZE, FALSE, static_cast<DWORD>(id));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED; // it exists, but is not ours to open
    const bool running = WaitForSingleObject(process, 0) == WAIT_TIMEOUT;
    CloseHandle(process);
    return running;
}

std::uint32_t effectiveUser() {
    return 0;
}

Expected<void, Error> keepOwnerAndMode(const fs::path&, const EntryFacts&) {
    return {}; // the new file takes the folder's inherited access control list, as the original did
}

std::optional<std::uint64_t> volumeId(const fs::path& folder) {
    HANDLE handle = CreateFileW(fs::absolute(folder).c_str(), FILE_READ_ATTRIBUTES,
                                FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return std::nullopt;
    BY_HANDLE_FILE_INFORMATION info{};
    const bool read = GetFileInformationByHandle(handle, &info);
    CloseHandle(handle);
    if (!read)
        return std::nullopt;
    return std::uint64_t{info.dwVolumeSerialNumber};
}

Expected<void, Error> replaceFile(const fs::path& from, const fs::path& to, const std::string& action) {
    if (!MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return unexpected(windowsError(GetLastError(), to, action));
    return {};
}

#else

std::optional<bool> volumeReadOnly(const fs::path& folder) {
    struct statvfs volume {};
    if (statvfs(folder.c_str(), &volume) != 0)
        return std::nullopt;
    return (volume.f_flag & ST_RDONLY) != 0;
}

bool canCreateFilesIn(const fs::path& folder) {
    return access(folder.c_str(), W_OK) == 0;
}

Expected<fs::path, Error> makePrivateFolder(const std::string& prefix) {
    std::error_code error;
    const fs::path temporary = fs::temp_directory_path(error);
    if (error)
        return unexpected(fileSystemError(error, "$TMPDIR", "cannot find the temporary folder"));
    return makePrivateFolderIn(temporary, prefix);
}

Expected<fs::path, Error> makePrivateFolderIn(const fs::path& parent, const std::string& prefix) {
    std::string pattern = (parent / (prefix + "XXXXXX")).string();
    if (!mkdtemp(pattern.data()))
        return unexpected(fileSystemError(std::error_code(errno, std::generic_category()), pattern,
                                          "cannot create a temporary folder"));
    return fs::path(pattern);
}

unsigned long processId() {
    return static_cast<unsigned long>(getpid());
}

bool processAlive(unsigned long id) {
    return ::kill(static_cast<pid_t>(id), 0) == 0 || errno != ESRCH;
}

std::uint32_t effectiveUser() {
    return ::geteuid();
}

Expected<void, Error> keepOwnerAndMode(const fs::path& file, const EntryFacts& original) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return unexpected(fileSystemError(std::error_code(errno, std::generic_category()), file,
                                          "cannot open the new hive to give it the original's owner"));
    struct stat now {};
    int result = ::fstat(fd, &now);
    if (result == 0 && (now.st_uid != original.owner || now.st_gid != original.group))
        result = ::fchown(fd, original.owner, original.group);
    if (result == 0)
        result = ::fchmod(fd, static_cast<mode_t>(original.mode));
    const int error = errno;
    ::close(fd);
    if (result != 0)
        return unexpected(fileSystemError(std::error_code(error, std::generic_category()), file,
                                          "cannot give the new hive the original's owner and mode"));
    return {};
}

std::optional<std::uint64_t> volumeId(const fs::path& folder) {
    struct stat info {};
    if (stat(folder.c_str(), &info) != 0)
        return std::nullopt;
    return static_cast<std::uint64_t>(info.st_dev);
}

Expected<void, Error> replaceFile(const fs::path& from, const fs::path& to, const std::string& action) {
    if (std::rename(from.c_str(), to.c_str()) != 0)
        return unexpected(fileSystemError(std::error_code(errno, std::generic_category()), to, action));
    return {};
}

#endif

} // namespace heapfix::fileplatform
