#include "TargetChoice.h"

#include "model/core/Utf8Path.h"

#include "model/backup/DataLocation.h"
#include "model/fix/Targets.h"

#include <fmt/format.h>

#include <algorithm>

namespace heapfix::cli {

std::string sampleList() {
    std::string names;
    for (const std::string& name : sampleNames())
        names += (names.empty() ? "" : ", ") + name;
    return names;
}

namespace {

// Absolute, so that messages, JSON and backup records name the file wherever they are read later.
std::filesystem::path absolutePath(std::string_view utf8) {
    const std::filesystem::path path = pathFromUtf8(utf8);
    std::error_code error;
    std::filesystem::path absolute = std::filesystem::absolute(path, error);
    return error ? path : absolute;
}

// TargetSpec from the options; false when no target was named and there is no live registry here.
bool specFromOptions(const CliOptions& options, TargetSpec& spec) {
    if (!options.sample.empty()) {
        spec.kind = TargetSpec::Kind::Sample;
        spec.sampleName = options.sample;
    } else if (!options.windowsDir.empty()) {
        spec.kind = TargetSpec::Kind::WindowsDir;
        spec.path = absolutePath(options.windowsDir);
    } else if (!options.systemHive.empty()) {
        spec.kind = TargetSpec::Kind::Hives;
        spec.path = absolutePath(options.systemHive);
        if (!options.softwareHive.empty())
            spec.softwareHive = absolutePath(options.softwareHive);
    } else {
#ifdef _WIN32
        spec.kind = TargetSpec::Kind::Live;
#else
        return false;
#endif
    }
    return true;
}

// The spec the options name, or nullopt with the usage error reported (no target on Linux, unknown sample).
std::optional<TargetSpec> checkedSpec(const CliOptions& options, const Output& out, ExitCode& failure) {
    TargetSpec spec;
    if (!specFromOptions(options, spec)) {
        failure = out.fail(kUsage,
                           fmt::format("there is no live Windows registry on this system: name a target with "
                                       "--sample NAME ({}), --windows-dir DIR, or --system-hive FILE "
                                       "[--software-hive FILE]",
                                       sampleList()));
        return std::nullopt;
    }
    const std::vector<std::string> samples = sampleNames();
    if (spec.kind == TargetSpec::Kind::Sample &&
        std::find(samples.begin(), samples.end(), spec.sampleName) == samples.end()) {
        failure =
            out.fail(kUsage, fmt::format("--sample {}: there is no sample of that name; the samples are: {}",
                                         spec.sampleName, sampleList()));
        return std::nullopt;
    }
    return spec;
}

} // namespace

std::optional<TargetInfo> chosenTargetInfo(const CliOptions& options, const Output& out, ExitCode& failure) {
    const std::optional<TargetSpec> spec = checkedSpec(options, out, failure);
    if (!spec)
        return std::nullopt;
    TargetInfo info;
    switch (spec->kind) {
    case TargetSpec::Kind::Sample:
        info.kind = TargetKind::Sample;
        info.sampleName = spec->sampleName;
        break;
    case TargetSpec::Kind::WindowsDir:
    case TargetSpec::Kind::Hives:
        info.kind = TargetKind::Offline;
        info.path = pathToUtf8(spec->path);
        break;
    case TargetSpec::Kind::Default:
    case TargetSpec::Kind::Live:
        info.kind = TargetKind::Live;
        break;
    }
    return info;
}

std::unique_ptr<Target> openChosenTarget(const CliOptions& options, const Output& out, ExitCode& failure) {
    const std::optional<TargetSpec> spec = checkedSpec(options, out, failure);
    if (!spec)
        return nullptr;
    auto opened = openTarget(*spec);
    if (!opened) {
        failure = out.fail(exitCodeForReadError(opened.error()), opened.error());
        return nullptr;
    }
    (*opened)->registry().allowDamagedHive(options.allowDamagedHive);
    return std::move(*opened);
}

std::optional<InspectedTarget> openAndInspect(const CliOptions& options, const Output& out,
                                              ExitCode& failure) {
    std::unique_ptr<Target> target = openChosenTarget(options, out, failure);
    if (!target)
        return std::nullopt;
    auto found = inspectWithEvidence(*target, symptomFromName(options.symptom)); // empty: not given
    if (!found) {
        failure = out.fail(exitCodeForReadError(found.error()), found.error());
        return std::nullopt;
    }
    return InspectedTarget{std::move(target), std::move(*found)};
}

std::filesystem::path backupFolder(const CliOptions& options, const Output& out) {
    if (!options.backupDir.empty())
        return absolutePath(options.backupDir);
    const DataLocation location = resolveDataLocation(currentExecutableFolder());
    if (location.portableRefused)
        out.warning(fmt::format(
            "heapfix.portable is beside the program but its folder is not writable; backups go to "
            "{} instead",
            pathToUtf8(location.backups())));
    return location.backups();
}

} // namespace heapfix::cli
