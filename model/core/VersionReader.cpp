#include "VersionReader.h"

#include "Utf16.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <string_view>

namespace heapfix {
namespace {

constexpr std::string_view kCurrentVersionKey =
    "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";
constexpr std::string_view kEnvironmentKey =
    "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment";
constexpr std::string_view kProductOptionsKey =
    "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ProductOptions";

ValuePath at(std::string_view key, std::string_view name) {
    return {std::string(key), std::string(name)};
}

std::optional<std::uint32_t> parseNumber(std::string_view text) {
    std::uint32_t number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end == text.data())
        return std::nullopt;
    return number;
}

// The release numbers; false when neither the numeric fields nor a readable "X.Y" CurrentVersion exist.
bool readReleaseNumbers(RegistryStore& registry, WindowsVersion& version) {
    const std::optional<std::uint32_t> major =
        readDword(registry, at(kCurrentVersionKey, "CurrentMajorVersionNumber"));
    if (major) {
        version.major = *major;
        version.minor = readDword(registry, at(kCurrentVersionKey, "CurrentMinorVersionNumber")).value_or(0);
    } else {
        const std::optional<std::string> current =
            readText(registry, at(kCurrentVersionKey, "CurrentVersion"));
        const std::size_t dot = current ? current->find('.') : std::string::npos;
        if (dot == std::string::npos)
            return false;
        const std::optional<std::uint32_t> parsedMajor =
            parseNumber(std::string_view(*current).substr(0, dot));
        const std::optional<std::uint32_t> parsedMinor =
            parseNumber(std::string_view(*current).substr(dot + 1));
        if (!parsedMajor || !parsedMinor)
            return false;
        version.major = *parsedMajor;
        version.minor = *parsedMinor;
    }
    std::optional<std::string> build = readText(registry, at(kCurrentVersionKey, "CurrentBuildNumber"));
    if (!build)
        build = readText(registry, at(kCurrentVersionKey, "CurrentBuild"));
    version.build = build ? parseNumber(*build).value_or(0) : 0;
    return true;
}

// InstallationType ("Server", "Server Core") where written; else ProductType: "WinNT" is a workstation,
// "ServerNT" and "LanmanNT" (a domain controller) are servers; the product name only when both are missing.
bool isServer(const WindowsVersion& version, const std::optional<std::string>& productType) {
    if (version.installationType.find("Server") != std::string::npos)
        return true;
    if (productType)
        return *productType == "ServerNT" || *productType == "LanmanNT";
    return version.installationType.empty() && version.productName.find("Server") != std::string::npos;
}

} // namespace

std::optional<std::string> readText(RegistryStore& registry, const ValuePath& path) {
    Expected<RegistryValue, Error> value = registry.read(path);
    if (!value || (value->type != ValueType::String && value->type != ValueType::ExpandString))
        return std::nullopt;
    Expected<std::u16string, Error> text = decodeUtf16Le(value->data);
    if (!text)
        return std::nullopt;
    return toUtf8(withoutTrailingNuls(*text));
}

std::optional<std::uint32_t> readDword(RegistryStore& registry, const ValuePath& path) {
    Expected<RegistryValue, Error> value = registry.read(path);
    if (!value || value->type != ValueType::Dword || value->data.size() != 4)
        return std::nullopt;
    const std::vector<std::uint8_t>& d = value->data;
    return static_cast<std::uint32_t>(d[0] | d[1] << 8 | d[2] << 16 | static_cast<std::uint32_t>(d[3]) << 24);
}

bool startsSideBySideServer(std::string_view windowsValue) {
    constexpr std::string_view kToken = "ServerDll=sxssrv,4";
    const auto isSpace = [](char c) {
        return std::isspace(static_cast<unsigned char>(c)) != 0;
    };
    const auto sameLetter = [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
    };
    auto at = windowsValue.begin();
    while (at != windowsValue.end()) {
        const auto start = std::find_if_not(at, windowsValue.end(), isSpace);
        at = std::find_if(start, windowsValue.end(), isSpace);
        if (std::equal(start, at, kToken.begin(), kToken.end(), sameLetter))
            return true;
    }
    return false;
}

WindowsVersion readWindowsVersion(RegistryStore& registry) {
    WindowsVersion version;
    if (const std::optional<std::string> processor =
            readText(registry, at(kEnvironmentKey, "PROCESSOR_ARCHITECTURE")))
        version.architecture = architectureFromProcessorName(*processor);
    const std::optional<std::string> productType = readText(registry, at(kProductOptionsKey, "ProductType"));
    if (readReleaseNumbers(registry, version)) {
        version.productName = readText(registry, at(kCurrentVersionKey, "ProductName")).value_or("");
        version.edition = readText(registry, at(kCurrentVersionKey, "EditionID")).value_or("");
        version.servicePack = readText(registry, at(kCurrentVersionKey, "CSDVersion")).value_or("");
        version.installationType =
            readText(registry, at(kCurrentVersionKey, "InstallationType")).value_or("");
        version.server = isServer(version, productType);
        version.source = VersionSource::Read;
        return version;
    }
    // Without SOFTWARE (an offline SYSTEM hive alone) only SYSTEM speaks: the architecture, server or
    // client, and whether the SubSystems value is one of Vista or later; nothing more of the release.
    version.server = isServer(version, productType);
    const std::optional<std::string> windowsValue = readText(registry, subsystemsWindowsValue());
    version.vistaOrLater = windowsValue && startsSideBySideServer(*windowsValue);
    const bool learnedSomething =
        version.architecture != Architecture::Unknown || productType.has_value() || version.vistaOrLater;
    version.source = learnedSomething ? VersionSource::Inferred : VersionSource::Unknown;
    return version;
}

} // namespace heapfix
