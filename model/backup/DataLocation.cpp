#include "DataLocation.h"

#include <cstdlib>
#include <fstream>
#include <string>
#include <system_error>

#ifdef _WIN32
#include <windows.h>
// after windows.h, which they need
#include <knownfolders.h>
#include <shlobj.h>
#else
#include <unistd.h>
#endif

namespace heapfix {
namespace fs = std::filesystem;

namespace {

constexpr const char* kPortableMarker = "heapfix.portable";
constexpr const char* kPortableFolder = "heapfix-data";
constexpr const char* kAppFolder = "heapfix";

// Writable means a file can really be created there: permission bits lie on read-only media, network shares
// and write-protected sticks (and for root), so a probe file is created and removed again.
bool folderIsWritable(const fs::path& folder) {
#ifdef _WIN32
    const auto probe = folder / ("heapfix-probe-" + std::to_string(GetCurrentProcessId()) + ".tmp");
#else
    const auto probe = folder / ("heapfix-probe-" + std::to_string(getpid()) + ".tmp");
#endif
    {
        std::ofstream out(probe, std::ios::binary | std::ios::trunc);
        if (!out) {
            return false;
        }
        out << "probe";
        out.flush();
        if (!out) {
            out.close();
            std::error_code ignored;
            fs::remove(probe, ignored);
            return false;
        }
    }
    std::error_code error;
    fs::remove(probe, error);
    return !error;
}

#ifdef _WIN32
fs::path environmentPath(const wchar_t* name) {
    const wchar_t* value = _wgetenv(name);
    return value && *value ? fs::path(value) : fs::path();
}

fs::path localAppData() {
    PWSTR folder = nullptr;
    fs::path result;
    if (SUCCEEDED(SHGetKnownFolderPath(FOLDERID_LocalAppData, KF_FLAG_DEFAULT, nullptr, &folder))) {
        result = fs::path(folder);
    }
    CoTaskMemFree(folder);
    if (result.empty()) {
        result = environmentPath(L"LOCALAPPDATA");
    }
    return result;
}

fs::path standardDataFolder() {
    const auto base = localAppData();
    return base.empty() ? fs::path() : base / kAppFolder;
}
#else
fs::path environmentPath(const char* name) {
    const char* value = std::getenv(name);
    return value && *value ? fs::path(value) : fs::path();
}

// XDG: $XDG_DATA_HOME when set to an absolute path, else ~/.local/share.
fs::path standardDataFolder() {
    const auto xdg = environmentPath("XDG_DATA_HOME");
    if (xdg.is_absolute()) {
        return xdg / kAppFolder;
    }
    const auto home = environmentPath("HOME");
    return home.empty() ? fs::path() : home / ".local" / "share" / kAppFolder;
}
#endif

} // namespace

DataLocation resolveDataLocation(const fs::path& executableFolder) {
    DataLocation location;
    std::error_code error;
    if (!executableFolder.empty() && fs::is_regular_file(executableFolder / kPortableMarker, error)) {
        if (folderIsWritable(executableFolder)) {
            location.root = executableFolder / kPortableFolder;
            location.portable = true;
            return location;
        }
        location.portableRefused = true;
    }
    location.root = standardDataFolder();
    return location;
}

fs::path currentExecutableFolder() {
#ifdef _WIN32
    std::wstring buffer(MAX_PATH, L'\0');
    for (;;) {
        const DWORD length = GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
        if (length == 0) {
            return {};
        }
        if (length < buffer.size()) {
            buffer.resize(length);
            break;
        }
        buffer.resize(buffer.size() * 2); // a long path (longPathAware): try again with more room
    }
    return fs::path(buffer).parent_path();
#else
    std::error_code error;
    const auto exe = fs::read_symlink("/proc/self/exe", error);
    return error ? fs::path() : exe.parent_path();
#endif
}

} // namespace heapfix
