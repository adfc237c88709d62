#pragma once
// An offline Windows installation as a Target: its hives through HiveRegistry, its version from the SOFTWARE
// hive (or, without one, only what the SYSTEM hive shows, marked Inferred or Unknown).

#include "HiveRegistry.h"

#include "../backup/InstallationFiles.h"

#include "../core/Target.h"

#include <filesystem>
#include <memory>
#include <optional>

namespace heapfix {

class OfflineTarget : public Target {
public:
    // `ownedFolder`, when given, is removed with the target (the fresh copy of a sample).
    static Expected<std::unique_ptr<OfflineTarget>, Error>
    open(const InstallationHives& hives, TargetInfo info, std::filesystem::path ownedFolder = {});
    ~OfflineTarget() override;

    TargetInfo info() const override { return info_; }
    RegistryStore& registry() override { return *registry_; }
    WindowsVersion windowsVersion() override;
    HiveRegistry& hives() { return *registry_; }

private:
    OfflineTarget() = default;
    std::unique_ptr<HiveRegistry> registry_;
    TargetInfo info_;
    std::filesystem::path ownedFolder_;
};

} // namespace heapfix
