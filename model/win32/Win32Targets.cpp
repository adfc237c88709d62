// openPlatformTarget on Windows: this computer through the live registry, an offline installation through
// RegLoadKeyW, and the built-in samples in memory.
//
// Why the samples live in memory here: on Linux a sample is a real pair of regf hives written by the
// project's own code and edited through hivex. Windows has no hivex, and RegLoadKeyW cannot serve instead (it
// needs administrator rights, and Wine loads no regf file at all). A MemoryRegistry seeded from the same
// SampleCatalog gives the same value and version, starts fresh on every run like the Linux copy, and says
// what it is: its path reads "memory:<name>".

#include "../core/MemoryRegistry.h"
#include "../core/SampleCatalog.h"
#include "../core/TargetSpec.h"
#include "../core/Utf8Path.h"
#include "../core/VersionReader.h"
#include "LiveSystem.h"
#include "LoadedHive.h"
#include "RegistryKeyName.h"
#include "Win32Registry.h"

namespace heapfix {
namespace {

class LiveTarget : public Target {
public:
    TargetInfo info() const override {
        TargetInfo info;
        info.kind = TargetKind::Live;
        info.controlSet = liveControlSet();
        info.elevated = processIsElevated();
        return info;
    }
    RegistryStore& registry() override { return registry_; }
    WindowsVersion windowsVersion() override { return liveWindowsVersion(registry_); }

private:
    Win32Registry registry_;
};

class OfflineTarget : public Target {
public:
    OfflineTarget(TargetInfo info, std::unique_ptr<LoadedHive> system, std::unique_ptr<LoadedHive> software,
                  Win32Registry registry)
        : info_(std::move(info))
        , system_(std::move(system))
        , software_(std::move(software))
        , registry_(std::move(registry)) {}

    TargetInfo info() const override { return info_; }
    RegistryStore& registry() override { return registry_; }
    WindowsVersion windowsVersion() override { return readWindowsVersion(registry_); }

private:
    TargetInfo info_;
    std::unique_ptr<LoadedHive> system_; // unloaded when the target goes, on every path
    std::unique_ptr<LoadedHive> software_;
    Win32Registry registry_;
};

class MemorySampleTarget : public Target {
public:
    explicit MemorySampleTarget(const SampleDefinition& sample)
        : sample_(sample) {
        registry_.set(subsystemsWindowsValue(),
                      RegistryValue::fromText(ValueType::ExpandString, sample.windowsValue));
    }
    TargetInfo info() const override {
        TargetInfo info;
        info.kind = TargetKind::Sample;
        info.path = "memory:" + sample_.name;
        info.controlSet = "ControlSet001";
        info.sampleName = sample_.name;
        return info;
    }
    RegistryStore& registry() override { return registry_; }
    WindowsVersion windowsVersion() override { return sample_.windows; }

private:
    const SampleDefinition& sample_;
    MemoryRegistry registry_{"ControlSet001"};
};

struct HiveFiles {
    std::filesystem::path system;
    std::filesystem::path software; // empty: the version stays unknown
};

Expected<HiveFiles, Error> hiveFiles(const TargetSpec& spec) {
    if (spec.kind == TargetSpec::Kind::Hives)
        return HiveFiles{spec.path, spec.softwareHive};
    // The file system of Windows (and Wine's view of a Linux one) ignores case: no search needed.
    const std::filesystem::path config = spec.path / "System32" / "config";
    std::error_code error;
    if (!std::filesystem::is_regular_file(config / "SYSTEM", error))
        return unexpected(
            makeError(ErrorCode::NotFound, pathToUtf8(spec.path),
                      "there is no System32\\config\\SYSTEM in this folder: name the Windows folder "
                      "of the installation (the one that holds System32)",
                      ErrorCause::NoSystemHive));
    HiveFiles files{config / "SYSTEM", {}};
    if (std::filesystem::is_regular_file(config / "SOFTWARE", error))
        files.software = config / "SOFTWARE";
    return files;
}

Expected<std::string, Error> currentControlSet(const LoadedHive& system) {
    Win32Registry registry({{"HKEY_LOCAL_MACHINE\\SYSTEM", system.key()}}, "");
    const auto current = readDword(registry, {"HKEY_LOCAL_MACHINE\\SYSTEM\\Select", "Current"});
    if (!current)
        return unexpected(makeError(ErrorCode::Corrupt, pathToUtf8(system.file()),
                                    "the hive has no Select\\Current: is it the SYSTEM hive?",
                                    ErrorCause::NotSystemHive));
    return controlSetName(*current);
}

Expected<std::unique_ptr<Target>, Error> openOffline(const TargetSpec& spec) {
    auto files = hiveFiles(spec);
    if (!files)
        return unexpected(files.error());
    auto system = LoadedHive::load(files->system, "SYSTEM");
    if (!system)
        return unexpected(system.error());
    auto controlSet = currentControlSet(**system);
    if (!controlSet)
        return unexpected(controlSet.error());
    std::vector<Win32Registry::Mount> mounts{{"HKEY_LOCAL_MACHINE\\SYSTEM", (*system)->key()}};
    std::unique_ptr<LoadedHive> software;
    if (!files->software.empty()) {
        auto loaded = LoadedHive::load(files->software, "SOFTWARE");
        if (!loaded)
            return unexpected(loaded.error());
        software = std::move(*loaded);
        mounts.push_back({"HKEY_LOCAL_MACHINE\\SOFTWARE", software->key()});
    }
    TargetInfo info;
    info.kind = TargetKind::Offline;
    info.path = pathToUtf8(spec.path);
    info.controlSet = *controlSet;
    Win32Registry registry(std::move(mounts), *controlSet);
    return std::unique_ptr<Target>(
        new OfflineTarget(std::move(info), std::move(*system), std::move(software), std::move(registry)));
}

} // namespace

Expected<std::unique_ptr<Target>, Error> openPlatformTarget(const TargetSpec& spec) {
    switch (spec.kind) {
    case TargetSpec::Kind::Default:
    case TargetSpec::Kind::Live:
        return std::unique_ptr<Target>(new LiveTarget());
    case TargetSpec::Kind::WindowsDir:
    case TargetSpec::Kind::Hives:
        return openOffline(spec);
    case TargetSpec::Kind::Sample:
        if (const SampleDefinition* sample = findSample(spec.sampleName))
            return std::unique_ptr<Target>(new MemorySampleTarget(*sample));
        return unexpected(makeError(ErrorCode::NotFound, spec.sampleName, "there is no sample of that name",
                                    ErrorCause::UnknownSample));
    }
    return unexpected(makeError(ErrorCode::Unsupported, "", "unknown kind of target"));
}

} // namespace heapfix
