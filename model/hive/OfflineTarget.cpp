#include "OfflineTarget.h"

#include "../core/Utf16.h"

#include <fmt/format.h>

#include <charconv>

namespace heapfix {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kCurrentVersionKey =
    "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";
constexpr std::string_view kEnvironmentKey =
    "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment";
constexpr std::string_view kProductOptionsKey =
    "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ProductOptions";

std::optional<fs::path> findPath(fs::path folder, std::initializer_list<const char*> components) {
    for (const char* component : components) {
        std::optional<fs::path> next = findCaseInsensitive(folder, component);
        if (!next)
            return std::nullopt;
        folder = *next;
    }
    return folder;
}

std::optional<std::string> readText(RegistryStore& registry, std::string_view key, const char* name) {
    Expected<RegistryValue, Error> value = registry.read({std::string(key), name});
    if (!value || (value->type != ValueType::String && value->type != ValueType::ExpandString))
        return std::nullopt;
    Expected<std::u16string, Error> text = decodeUtf16Le(value->data);
    if (!text)
        return std::nullopt;
    return toUtf8(withoutTrailingNuls(*text));
}

std::optional<std::uint32_t> readDword(RegistryStore& registry, std::string_view key, const char* name) {
    Expected<RegistryValue, Error> value = registry.read({std::string(key), name});
    if (!value || value->type != ValueType::Dword || value->data.size() != 4)
        return std::nullopt;
    const std::vector<std::uint8_t>& d = value->data;
    return d[0] | d[1] << 8 | d[2] << 16 | static_cast<std::uint32_t>(d[3]) << 24;
}

std::optional<std::uint32_t> parseNumber(std::string_view text) {
    std::uint32_t number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end == text.data())
        return std::nullopt;
    return number;
}

// The release numbers: CurrentMajor/MinorVersionNumber where present (Windows 10 and later, whose
// CurrentVersion says "6.3"), CurrentVersion "X.Y" only where they are missing (NT 4.0 .. 8.1).
bool readReleaseNumbers(RegistryStore& registry, WindowsVersion& version) {
    const std::optional<std::uint32_t> major =
        readDword(registry, kCurrentVersionKey, "CurrentMajorVersionNumber");
    if (major) {
        version.major = *major;
        version.minor = readDword(registry, kCurrentVersionKey, "CurrentMinorVersionNumber").value_or(0);
    } else {
        const std::optional<std::string> current = readText(registry, kCurrentVersionKey, "CurrentVersion");
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
    std::optional<std::string> build = readText(registry, kCurrentVersionKey, "CurrentBuildNumber");
    if (!build)
        build = readText(registry, kCurrentVersionKey, "CurrentBuild");
    version.build = build ? parseNumber(*build).value_or(0) : 0;
    return true;
}

} // namespace

Expected<InstallationHives, Error> findInstallationHives(const fs::path& windowsDir) {
    std::error_code error;
    if (!fs::is_directory(windowsDir, error))
        return unexpected(makeError(ErrorCode::NotFound, windowsDir.string(), "the folder does not exist"));
    std::optional<fs::path> config = findPath(windowsDir, {"System32", "config"});
    if (!config)
        config = findPath(windowsDir, {"Windows", "System32", "config"});
    std::optional<fs::path> system = config ? findCaseInsensitive(*config, "SYSTEM") : std::nullopt;
    if (!system)
        return unexpected(
            makeError(ErrorCode::NotFound, windowsDir.string(),
                      "no System32\\config\\SYSTEM hive below this folder: name the Windows folder "
                      "of the installation (or pass the SYSTEM hive file itself)"));
    return InstallationHives{*system, findCaseInsensitive(*config, "SOFTWARE")};
}

WindowsVersion readWindowsVersion(RegistryStore& registry, bool haveSoftwareHive) {
    WindowsVersion version;
    if (const std::optional<std::string> processor =
            readText(registry, kEnvironmentKey, "PROCESSOR_ARCHITECTURE"))
        version.architecture = architectureFromProcessorName(*processor);
    const std::optional<std::string> productType = readText(registry, kProductOptionsKey, "ProductType");
    version.server = productType && (*productType == "ServerNT" || *productType == "LanmanNT");
    if (haveSoftwareHive && readReleaseNumbers(registry, version)) {
        version.productName = readText(registry, kCurrentVersionKey, "ProductName").value_or("");
        version.edition = readText(registry, kCurrentVersionKey, "EditionID").value_or("");
        version.servicePack = readText(registry, kCurrentVersionKey, "CSDVersion").value_or("");
        version.installationType = readText(registry, kCurrentVersionKey, "InstallationType").value_or("");
        if (version.installationType.find("Server") != std::string::npos)
            version.server = true;
        version.source = VersionSource::Read;
        return version;
    }
    // Without SOFTWARE only the SYSTEM hive speaks: the architecture and server/client, nothing of the
    // release.
    const bool learnedSomething = version.architecture != Architecture::Unknown || productType.has_value();
    version.source = learnedSomething ? VersionSource::Inferred : VersionSource::Unknown;
    return version;
}

Expected<std::unique_ptr<OfflineTarget>, Error> OfflineTarget::open(const InstallationHives& hives,
                                                                    TargetInfo info, fs::path ownedFolder) {
    std::unique_ptr<OfflineTarget> target(new OfflineTarget());
    target->ownedFolder_ = std::move(ownedFolder);
    Expected<std::unique_ptr<HiveRegistry>, Error> registry =
        HiveRegistry::open(hives.system, hives.software);
    if (!registry)
        return unexpected(registry.error());
    target->registry_ = std::move(*registry);
    info.controlSet = target->registry_->controlSet();
    target->info_ = std::move(info);
    return target;
}

OfflineTarget::~OfflineTarget() {
    registry_.reset();
    if (!ownedFolder_.empty()) {
        std::error_code ignored;
        fs::remove_all(ownedFolder_, ignored);
    }
}

WindowsVersion OfflineTarget::windowsVersion() {
    return readWindowsVersion(*registry_, registry_->software() != nullptr);
}

} // namespace heapfix
