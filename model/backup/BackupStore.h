#pragma once
// A folder of backups: for each, a timestamped .reg in regedit's format and a small JSON record beside it
// (target, Windows version, value before, tool version, sha256 of the .reg). Written durably and verified by
// reading back before anything is changed.

#include "../core/Error.h"
#include "../core/Expected.h"
#include "../core/RegistryValue.h"
#include "../core/Target.h"
#include "../core/WindowsVersion.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace heapfix {

struct BackupRequest {
    TargetInfo target;
    WindowsVersion windows;
    std::string key;       // the key the .reg names (the store's resolved key)
    std::string valueName; // "Windows"
    RegistryValue value;   // the value as it is now
    // Whole files kept beside the .reg (an offline hive before it is changed, its replayed logs), so that a
    // technician can put the original back whole. Read without following links; hashed in the record.
    std::vector<std::filesystem::path> keep;
};

struct KeptFile {
    std::filesystem::path file; // in the backup folder: "<backup>.original-SYSTEM"
    std::string from;           // where it was kept from
    std::string sha256;
    std::uint64_t bytes = 0;
};

struct BackupRecord {
    std::filesystem::path regFile;
    std::filesystem::path recordFile;
    std::string created;    // ISO 8601 UTC, "2026-11-21T23:05:12Z"
    std::string targetKind; // "live", "offline", "sample"
    std::string targetPath;
    std::string controlSet;
    std::string windows; // "Windows 10 Pro 10.0.19045 x64"
    std::string key;
    std::string valueName;
    std::string valueType;     // "REG_EXPAND_SZ"
    std::string valueBefore;   // the value as UTF-8 text, without its NUL
    std::string sharedSection; // "1024,20480,768" when it parsed, else empty
    std::string toolVersion;
    std::string sha256; // of the .reg file's bytes
    std::vector<KeptFile> kept;
};

class BackupStore {
public:
    explicit BackupStore(std::filesystem::path folder);
    const std::filesystem::path& folder() const { return folder_; }

    // Creates the folder if needed, writes the .reg, the kept files and the record durably under names no
    // other backup has (made unique by exclusive creation), then verifies them (read back, checksum, parse,
    // same value). Fails with the folder named, having removed only the files it made.
    Expected<BackupRecord, Error> save(const BackupRequest& request);
    Expected<void, Error> verify(const BackupRecord& record) const;
    // verify(), and the backup holds exactly `value` (a backup made earlier still matches the registry).
    Expected<void, Error> verifyHolds(const BackupRecord& record, const RegistryValue& value) const {
        return verifyValue(record, value);
    }

    // Newest first. Records that cannot be read are skipped (listing never fails on one bad file).
    std::vector<BackupRecord> list() const;
    // From a record (.json) or a .reg file of this store.
    Expected<BackupRecord, Error> load(const std::filesystem::path& file) const;

    // Test seam: the clock that names and dates backups (two backups in one second get distinct names).
    void setClock(std::function<std::chrono::system_clock::time_point()> clock);

private:
    Expected<void, Error> verifyKept(const BackupRecord& record) const;
    Expected<void, Error> verifyValue(const BackupRecord& record,
                                      const std::optional<RegistryValue>& expected) const;

    std::filesystem::path folder_;
    std::function<std::chrono::system_clock::time_point()> clock_;
};

} // namespace heapfix
