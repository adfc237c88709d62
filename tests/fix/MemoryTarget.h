#pragma once
// A fake Target over the MemoryRegistry fake: for faults the real backends cannot be made to produce on
// demand.

#include "model/core/MemoryRegistry.h"
#include "model/core/Target.h"

namespace heapfix::test {

class MemoryTarget : public Target {
public:
    MemoryTarget() {
        info_.kind = TargetKind::Sample;
        info_.sampleName = "memory";
        info_.controlSet = "ControlSet001";
        windows_.major = 10;
        windows_.build = 19045;
        windows_.architecture = Architecture::X64;
        windows_.source = VersionSource::Read;
    }
    TargetInfo info() const override { return info_; }
    RegistryStore& registry() override { return registry_; }
    WindowsVersion windowsVersion() override { return windows_; }

    MemoryRegistry& memory() { return registry_; }
    TargetInfo info_;
    WindowsVersion windows_;

private:
    MemoryRegistry registry_;
};

} // namespace heapfix::test
