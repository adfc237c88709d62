#include "ChangeLock.h"

#include "AtomicFile.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <thread>

#ifdef _WIN32
#include <windows.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace heapfix {

namespace {

Error busy(const std::string& subject, std::chrono::milliseconds waited) {
    return makeError(ErrorCode::Busy, subject,
                     fmt::format("another heapfix is changing this installation; waited {} seconds for it "
                                 "to finish",
                                 waited.count() / 1000));
}

#ifdef _WIN32
Expected<ChangeLock, Error> lockMutex(const std::wstring& name, const std::string& subject,
                                      std::chrono::milliseconds wait) {
    HANDLE mutex = CreateMutexW(nullptr, FALSE, name.c_str());
    if (!mutex)
        return unexpected(windowsError(GetLastError(), subject, "cannot make the lock"));
    const DWORD waited = WaitForSingleObject(mutex, static_cast<DWORD>(wait.count()));
    if (waited != WAIT_OBJECT_0 && waited != WAIT_ABANDONED) { // abandoned: a run that was killed
        CloseHandle(mutex);
        return unexpected(busy(subject, wait));
    }
    return ChangeLock(mutex, [](void* handle) {
        ReleaseMutex(static_cast<HANDLE>(handle));
        CloseHandle(static_cast<HANDLE>(handle));
    });
}
#endif

} // namespace

#ifdef _WIN32

Expected<ChangeLock, Error> lockFolder(const std::filesystem::path& folder, std::chrono::milliseconds wait) {
    std::wstring key = std::filesystem::absolute(folder).lexically_normal().wstring();
    std::transform(key.begin(), key.end(), key.begin(),
                   [](wchar_t c) { return c == L'\\' ? L'/' : towlower(c); });
    std::uint64_t hash = 14695981039346656037ull; // FNV-1a: mutex names cannot hold backslashes
    for (wchar_t c : key)
        hash = (hash ^ static_cast<std::uint64_t>(c)) * 1099511628211ull;
    const std::string name = fmt::format("Global\\heapfix-change-{:016x}", hash); // ASCII only
    return lockMutex(std::wstring(name.begin(), name.end()), pathToUtf8(folder), wait);
}

Expected<ChangeLock, Error> lockLiveRegistry(std::chrono::milliseconds wait) {
    return lockMutex(L"Global\\heapfix-change-live-registry", "HKEY_LOCAL_MACHINE\\SYSTEM", wait);
}

#else

Expected<ChangeLock, Error> lockFolder(const std::filesystem::path& folder, std::chrono::milliseconds wait) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return unexpected(fileSystemError(std::error_code(errno, std::generic_category()), folder,
                                          "cannot open the folder to lock it"));
    const auto deadline = std::chrono::steady_clock::now() + wait;
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if ((errno != EWOULDBLOCK && errno != EINTR) || std::chrono::steady_clock::now() >= deadline) {
            const int error = errno;
            ::close(fd);
            if (error == EWOULDBLOCK || error == EINTR)
                return unexpected(busy(pathToUtf8(folder), wait));
            return unexpected(fileSystemError(std::error_code(error, std::generic_category()), folder,
                                              "cannot lock the folder"));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return ChangeLock(reinterpret_cast<void*>(static_cast<std::intptr_t>(fd) + 1), [](void* held) {
        ::close(static_cast<int>(reinterpret_cast<std::intptr_t>(held) - 1)); // closing releases the flock
    });
}

Expected<ChangeLock, Error> lockLiveRegistry(std::chrono::milliseconds) {
    return ChangeLock{};
}

#endif

} // namespace heapfix
