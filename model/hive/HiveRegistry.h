#pragma once
// A RegistryStore over an offline installation's hives: "HKEY_LOCAL_MACHINE\SYSTEM\..." is the SYSTEM hive,
// "HKEY_LOCAL_MACHINE\SOFTWARE\..." the SOFTWARE hive (optional). CurrentControlSet is resolved through
// SYSTEM\Select\Current. Dirty hives are read and written through their replayed logs (HiveFile).

#include "HiveFile.h"

#include "../core/RegistryStore.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace heapfix {

class HiveRegistry : public RegistryStore {
public:
    static Expected<std::unique_ptr<HiveRegistry>, Error>
    open(const std::filesystem::path& systemHive, const std::optional<std::filesystem::path>& softwareHive);

    Expected<RegistryValue, Error> read(const ValuePath& path) override;
    Expected<void, Error> write(const ValuePath& path, const RegistryValue& value) override;
    std::string resolveKey(std::string_view key) const override;
    // Locks the folder of the SYSTEM hive (flock; a named mutex on Windows), then reads again any hive that
    // another program replaced meanwhile.
    Expected<ChangeLock, Error> lockForChange() override;
    std::vector<std::filesystem::path> filesToKeep() const override { return system_->filesToKeep(); }
    void setFilesKept(bool kept) override { filesKept_ = kept; }
    void allowDamagedHive(bool allow) override { allowDamaged_ = allow; }
    StoreReceipt lastReceipt() const override;
    Expected<void, Error> checkWritable() const override;
    // The SYSTEM hive replaced whole; the bytes must make a clean SYSTEM hive (Select\Current and the
    // SubSystems key resolve in it).
    Expected<void, Error> replaceWholeHive(std::span<const std::uint8_t> bytes) override;

    const std::string& controlSet() const { return controlSet_; } // "ControlSet001"
    const HiveFile& system() const { return *system_; }
    const HiveFile* software() const { return software_.get(); }
    // Where the last write kept the original hive and set the replayed logs aside.
    const std::optional<WriteReceipt>& lastWrite() const { return lastWrite_; }

private:
    struct Location {
        HiveFile* hive = nullptr;
        std::vector<std::string> segments; // below the hive's root, CurrentControlSet resolved
    };
    Expected<Location, Error> locate(std::string_view key) const;

    std::unique_ptr<HiveFile> system_;
    std::unique_ptr<HiveFile> software_;
    std::string controlSet_;
    std::optional<WriteReceipt> lastWrite_;
    bool filesKept_ = false;
    bool allowDamaged_ = false;
    std::vector<std::string> leftoversRemoved_;
};

} // namespace heapfix
