#pragma once
// An installation whose value heapfix repairs: this computer, an offline Windows folder or hive files, or the
// built-in sample. The wizard and the CLI see only this interface.

#include "RegistryStore.h"
#include "WindowsVersion.h"

#include <optional>
#include <string>

namespace heapfix {

enum class TargetKind { Live, Offline, Sample };

std::string_view targetKindName(TargetKind kind); // "live", "offline", "sample"

struct TargetInfo {
    TargetKind kind = TargetKind::Sample;
    std::string path;        // the Windows folder or SYSTEM hive (offline, sample); empty for live
    std::string controlSet;  // "ControlSet001"; for live the one CurrentControlSet points at, where known
    std::string sampleName;  // "win10-x64" for a sample
    std::optional<bool> elevated; // live: whether this process has administrator rights; nullopt elsewhere
};

class Target {
public:
    virtual ~Target() = default;
    virtual TargetInfo info() const = 0;
    virtual RegistryStore& registry() = 0;
    // Never fails: what cannot be read is reported through WindowsVersion::source.
    virtual WindowsVersion windowsVersion() = 0;
};

} // namespace heapfix
