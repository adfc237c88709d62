#include "OfflineTarget.h"

#include "../core/VersionReader.h"

namespace heapfix {

namespace fs = std::filesystem;

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
