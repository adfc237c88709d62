#include "Win32Registry.h"

#include "../backup/ChangeLock.h"

#include "LiveSystem.h"
#include "RegistryKeyName.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <limits>

namespace heapfix {
namespace {

Expected<KeyHandle, Error> openKey(const std::string& key, REGSAM access, const std::string& subject) {
    auto name = parseRegistryKey(key);
    if (!name)
        return unexpected(name.error());
    return openRegistryKey(*name, access, subject);
}

// The key where the store keeps it (see physicalKey).
Expected<KeyHandle, Error> openPhysicalKey(const Win32Registry& registry, std::string_view key, REGSAM access,
                                           const std::string& subject) {
    auto physical = registry.physicalKey(key);
    if (!physical)
        return unexpected(physical.error());
    return openKey(*physical, access, subject);
}

bool startsWithComponent(std::string_view key, std::string_view prefix) {
    if (key.size() < prefix.size() || (key.size() > prefix.size() && key[prefix.size()] != '\\'))
        return false;
    return std::equal(prefix.begin(), prefix.end(), key.begin(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
    });
}

bool keyExists(const std::string& key) {
    return openKey(key, KEY_QUERY_VALUE, key).has_value();
}

} // namespace

REGSAM registryViewFlag() {
#if defined(_WIN64)
    return KEY_WOW64_64KEY;
#else
    using IsWow64ProcessFn = BOOL(WINAPI*)(HANDLE, PBOOL);
    const auto isWow64Process = reinterpret_cast<IsWow64ProcessFn>(
        reinterpret_cast<void*>(GetProcAddress(GetModuleHandleW(L"kernel32.dll"), "IsWow64Process")));
    BOOL wow64 = FALSE;
    if (isWow64Process && isWow64Process(GetCurrentProcess(), &wow64) && wow64)
        return KEY_WOW64_64KEY;
    return 0;
#endif
}

Expected<KeyHandle, Error> openRegistryKey(const RegistryKeyName& name, REGSAM access,
                                           const std::string& subject) {
    HKEY handle = nullptr;
    const LSTATUS status =
        RegOpenKeyExW(name.root, name.subkey.c_str(), 0, access | registryViewFlag(), &handle);
    if (status != ERROR_SUCCESS)
        return unexpected(win32Error(status, subject, "opening the key"));
    return KeyHandle(handle);
}

std::string liveControlSet() {
    Win32Registry registry;
    auto current = registry.read({"HKEY_LOCAL_MACHINE\\SYSTEM\\Select", "Current"});
    if (!current || current->type != ValueType::Dword || current->data.size() != 4)
        return {};
    DWORD number = 0;
    std::copy(current->data.begin(), current->data.end(), reinterpret_cast<std::uint8_t*>(&number));
    const std::string name = controlSetName(number);
    return keyExists("HKEY_LOCAL_MACHINE\\SYSTEM\\" + name) ? name : std::string();
}

Win32Registry::Win32Registry() = default;

Win32Registry::Win32Registry(std::vector<Mount> mounts, std::string controlSet)
    : mounts_(std::move(mounts))
    , controlSet_(std::move(controlSet))
    , offline_(true) {}

std::string Win32Registry::resolveKey(std::string_view key) const {
    if (offline_)
        return replaceCurrentControlSet(key, controlSet_);
    // Asked each time rather than kept: a store made before the control set is known must not lie.
    return replaceCurrentControlSet(key, liveControlSet());
}

Expected<std::string, Error> Win32Registry::physicalKey(std::string_view key) const {
    if (!offline_)
        return std::string(key);
    const std::string resolved = resolveKey(key);
    for (const Mount& mount : mounts_)
        if (startsWithComponent(resolved, mount.hive))
            return mount.loadedAt + resolved.substr(mount.hive.size());
    return unexpected(
        makeError(ErrorCode::NotFound, resolved, "the key is not in the installation's loaded hives"));
}

// Errors name the key as the store addresses it; live that is the key as given (resolving it reads the
// registry).
std::string Win32Registry::subjectOf(std::string_view key) const {
    return offline_ ? resolveKey(key) : std::string(key);
}

Expected<RegistryValue, Error> Win32Registry::read(const ValuePath& path) {
    const std::string subject = subjectOf(path.key);
    auto key = openPhysicalKey(*this, path.key, KEY_QUERY_VALUE, subject);
    if (!key)
        return unexpected(key.error());
    const std::wstring name = toWide(path.name);
    const std::string doing = fmt::format("reading the value \"{}\"", path.name);
    for (;;) { // the value may grow between asking its size and reading it
        DWORD type = 0;
        DWORD size = 0;
        LSTATUS status = RegQueryValueExW(key->get(), name.c_str(), nullptr, &type, nullptr, &size);
        if (status != ERROR_SUCCESS)
            return unexpected(win32Error(status, subject, doing));
        std::vector<std::uint8_t> data(size);
        status = RegQueryValueExW(key->get(), name.c_str(), nullptr, &type, data.data(), &size);
        if (status == ERROR_MORE_DATA)
            continue;
        if (status != ERROR_SUCCESS)
            return unexpected(win32Error(status, subject, doing));
        data.resize(size);
        return RegistryValue{static_cast<ValueType>(type), std::move(data)};
    }
}

Expected<void, Error> Win32Registry::write(const ValuePath& path, const RegistryValue& value) {
    const std::string subject = subjectOf(path.key);
    if (value.data.size() > std::numeric_limits<DWORD>::max())
        return unexpected(
            makeError(ErrorCode::Malformed, subject, "the value is too large for the registry"));
    if (offline_ && runningUnderWine())
        return unexpected(
            makeError(ErrorCode::Unsupported, subject,
                      "Wine keeps changes to a hive loaded with RegLoadKeyW in memory and never "
                      "writes them to the file, so the change would be lost: edit the hive with "
                      "the Linux heapfix-cli instead"));
    auto key = openPhysicalKey(*this, path.key, KEY_SET_VALUE, subject);
    if (!key)
        return unexpected(key.error());
    const std::wstring name = toWide(path.name);
    LSTATUS status = RegSetValueExW(key->get(), name.c_str(), 0, static_cast<DWORD>(value.type),
                                    value.data.data(), static_cast<DWORD>(value.data.size()));
    if (status != ERROR_SUCCESS)
        return unexpected(win32Error(status, subject, fmt::format("writing the value \"{}\"", path.name)));
    // A repair tool writes once: put the change on disk now rather than when Windows gets round to it.
    status = RegFlushKey(key->get());
    if (status != ERROR_SUCCESS)
        return unexpected(win32Error(status, subject, "flushing the key to disk"));
    return {};
}

Expected<ChangeLock, Error> Win32Registry::lockForChange() {
    return lockLiveRegistry();
}

} // namespace heapfix
