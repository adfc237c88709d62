#include "RegistryVersion.h"

#include "../core/Utf16.h"

#include <charconv>

namespace heapfix {
namespace {

constexpr std::string_view kCurrentVersionKey =
    "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";
constexpr std::string_view kProductOptionsKey =
    "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ProductOptions";
constexpr std::string_view kEnvironmentKey =
    "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment";

ValuePath at(std::string_view key, std::string_view name) {
    return {std::string(key), std::string(name)};
}

std::uint32_t parseNumber(std::string_view text) {
    std::uint32_t number = 0;
    std::from_chars(text.data(), text.data() + text.size(), number);
    return number;
}

// "5.1" -> 5, 1: the only version NT 4.0 to Windows 8.1 write.
void parseDottedVersion(std::string_view text, WindowsVersion& version) {
    const std::size_t dot = text.find('.');
    version.major = parseNumber(text.substr(0, dot));
    version.minor = dot == std::string_view::npos ? 0 : parseNumber(text.substr(dot + 1));
}

bool isServer(RegistryStore& store, const WindowsVersion& version) {
    if (!version.installationType.empty())
        return version.installationType.rfind("Server", 0) == 0;
    // "WinNT" is a workstation; "ServerNT" and "LanmanNT" (a domain controller) are servers.
    const auto productType = readText(store, at(kProductOptionsKey, "ProductType"));
    if (productType)
        return *productType != "WinNT";
    return version.productName.find("Server") != std::string::npos;
}

} // namespace

std::optional<std::string> readText(RegistryStore& store, const ValuePath& path) {
    auto value = store.read(path);
    if (!value || (value->type != ValueType::String && value->type != ValueType::ExpandString))
        return std::nullopt;
    auto text = decodeUtf16Le(value->data);
    if (!text)
        return std::nullopt;
    return toUtf8(withoutTrailingNuls(*text));
}

std::optional<std::uint32_t> readDword(RegistryStore& store, const ValuePath& path) {
    auto value = store.read(path);
    if (!value || value->type != ValueType::Dword || value->data.size() != 4)
        return std::nullopt;
    const auto& b = value->data;
    return static_cast<std::uint32_t>(b[0] | b[1] << 8 | b[2] << 16 | static_cast<std::uint32_t>(b[3]) << 24);
}

std::optional<WindowsVersion> readCurrentVersionKey(RegistryStore& store) {
    WindowsVersion version;
    const auto dotted = readText(store, at(kCurrentVersionKey, "CurrentVersion"));
    const auto major = readDword(store, at(kCurrentVersionKey, "CurrentMajorVersionNumber"));
    const auto minor = readDword(store, at(kCurrentVersionKey, "CurrentMinorVersionNumber"));
    const auto build = readText(store, at(kCurrentVersionKey, "CurrentBuildNumber"));
    if (!dotted && !major && !build)
        return std::nullopt;
    if (major) {
        version.major = *major;
        version.minor = minor.value_or(0);
    } else if (dotted) {
        parseDottedVersion(*dotted, version);
    }
    version.build = build ? parseNumber(*build) : 0;
    version.productName = readText(store, at(kCurrentVersionKey, "ProductName")).value_or("");
    version.edition = readText(store, at(kCurrentVersionKey, "EditionID")).value_or("");
    version.servicePack = readText(store, at(kCurrentVersionKey, "CSDVersion")).value_or("");
    version.installationType = readText(store, at(kCurrentVersionKey, "InstallationType")).value_or("");
    version.server = isServer(store, version);
    version.source = VersionSource::Read;
    return version;
}

Architecture readArchitecture(RegistryStore& store) {
    const auto name = readText(store, at(kEnvironmentKey, "PROCESSOR_ARCHITECTURE"));
    return name ? architectureFromProcessorName(*name) : Architecture::Unknown;
}

} // namespace heapfix
