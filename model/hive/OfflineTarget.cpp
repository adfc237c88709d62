#include "OfflineTarget.h"

#include "../core/VersionReader.h"

namespace heapfix {

namespace fs = std::filesystem;

namespace {

std::optional<fs::path> findPath(fs::path folder, std::initializer_list<const char*> components) {
    for (const char* component : components) {
        std::optional<fs::path> next = findCaseInsensitive(folder, component);
        if (!next)
            return std::nullopt;
        folder = *next;
    }
    return folder;
}

} // namespace

Expected<InstallationHives, Error> findInstallationHives(const fs::path& windowsDir) {
    std::error_code error;
    if (!fs::is_directory(windowsDir, error))
        return unexpected(makeError(ErrorCode::NotFound, windowsDir.string(), "the folder does not exist",
                                    ErrorCause::NoSuchFolder));
    std::optional<fs::path> config = findPath(windowsDir, {"System32", "config"});
    if (!config)
        config = findPath(windowsDir, {"Windows", "System32", "config"});
    std::optional<fs::path> system = config ? findCaseInsensitive(*config, "SYSTEM") : std::nullopt;
    if (!system)
        return unexpected(
            makeError(ErrorCode::NotFound, windowsDir.string(),
                      "no System32\\config\\SYSTEM hive below this folder: name the Windows folder "
                      "of the installation (or pass the SYSTEM hive file itself)",
                      ErrorCause::NoSystemHive));
    return InstallationHives{*system, findCaseInsensitive(*config, "SOFTWARE")};
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
    return readWindowsVersion(*registry_); // without a SOFTWARE hive its reads fail: Inferred or Unknown
}

} // namespace heapfix
