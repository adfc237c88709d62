#include "LoadedHive.h"

#include <fmt/format.h>

#include <atomic>

namespace heapfix {
namespace {

std::wstring uniqueSubkey(std::string_view label) {
    static std::atomic<unsigned> counter{0};
    return toWide(fmt::format("HEAPFIX_{}_{}_{}", GetCurrentProcessId(), ++counter, label));
}

Error loadError(LSTATUS status, const std::filesystem::path& file) {
    const std::string subject = fromWide(file.wstring());
    const auto code = static_cast<DWORD>(status);
    if (code == ERROR_BADDB || code == ERROR_NOT_REGISTRY_FILE || code == ERROR_BADKEY)
        return makeError(ErrorCode::Corrupt, subject,
                         fmt::format("loading the hive: Windows does not accept this file as a registry hive "
                                     "(under Wine only Wine's own text hives load): {}",
                                     systemMessage(code)));
    if (code == ERROR_SHARING_VIOLATION)
        return makeError(
            ErrorCode::Io, subject,
            fmt::format("loading the hive: the file is in use, by the running Windows or another "
                        "program: {}",
                        systemMessage(code)));
    return win32Error(status, subject, "loading the hive");
}

} // namespace

Expected<void, Error> enablePrivilege(const wchar_t* privilegeName) {
    const std::string subject = fromWide(privilegeName);
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_ADJUST_PRIVILEGES | TOKEN_QUERY, &token))
        return unexpected(
            win32Error(static_cast<LSTATUS>(GetLastError()), subject, "opening the process token"));
    TOKEN_PRIVILEGES privileges{};
    privileges.PrivilegeCount = 1;
    privileges.Privileges[0].Attributes = SE_PRIVILEGE_ENABLED;
    DWORD status = ERROR_SUCCESS;
    if (!LookupPrivilegeValueW(nullptr, privilegeName, &privileges.Privileges[0].Luid) ||
        !AdjustTokenPrivileges(token, FALSE, &privileges, 0, nullptr, nullptr))
        status = GetLastError();
    else
        status = GetLastError(); // AdjustTokenPrivileges succeeds with ERROR_NOT_ALL_ASSIGNED when not held
    CloseHandle(token);
    if (status == ERROR_NOT_ALL_ASSIGNED)
        return unexpected(
            makeError(ErrorCode::AccessDenied, subject,
                      "this account does not hold the privilege: run heapfix as an administrator"));
    if (status != ERROR_SUCCESS)
        return unexpected(win32Error(static_cast<LSTATUS>(status), subject, "enabling the privilege"));
    return {};
}

Expected<std::unique_ptr<LoadedHive>, Error> LoadedHive::load(const std::filesystem::path& file,
                                                              std::string_view label) {
    for (const wchar_t* privilege : {L"SeBackupPrivilege", L"SeRestorePrivilege"})
        if (auto enabled = enablePrivilege(privilege); !enabled)
            return unexpected(enabled.error());
    const std::wstring path = std::filesystem::absolute(file).wstring();
    std::wstring subkey;
    LSTATUS status = ERROR_ALREADY_EXISTS;
    // A name can be taken by a hive that a process with the same id left loaded (it crashed before
    // unloading): that one is not ours to touch, so take the next name.
    for (int attempt = 0; attempt < 100 && status == ERROR_ALREADY_EXISTS; ++attempt) {
        subkey = uniqueSubkey(label);
        status = RegLoadKeyW(HKEY_LOCAL_MACHINE, subkey.c_str(), path.c_str());
    }
    if (status != ERROR_SUCCESS) {
        // Wine 8 leaves an empty key of that name behind when it refuses the file; Windows leaves nothing and
        // these calls then fail harmlessly.
        if (status != ERROR_ALREADY_EXISTS) {
            RegUnLoadKeyW(HKEY_LOCAL_MACHINE, subkey.c_str());
            RegDeleteKeyW(HKEY_LOCAL_MACHINE, subkey.c_str());
        }
        return unexpected(loadError(status, file));
    }
    return std::unique_ptr<LoadedHive>(new LoadedHive(std::move(subkey), file));
}

LoadedHive::LoadedHive(std::wstring subkey, std::filesystem::path file)
    : subkey_(std::move(subkey))
    , file_(std::move(file)) {}

LoadedHive::~LoadedHive() {
    // Every handle into the hive is closed by now (Win32Registry opens and closes per call), so this
    // succeeds; a hive left loaded would stay locked until the next reboot.
    RegUnLoadKeyW(HKEY_LOCAL_MACHINE, subkey_.c_str());
}

std::string LoadedHive::key() const {
    return "HKEY_LOCAL_MACHINE\\" + fromWide(subkey_);
}

} // namespace heapfix
