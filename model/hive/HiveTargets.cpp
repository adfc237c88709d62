// openPlatformTarget on Linux: offline Windows folders and hive files through hivex, and the built-in samples
// as fresh generated installations. The live registry exists only on Windows.
#include "../core/TargetSpec.h"

#include "OfflineTarget.h"
#include "SampleInstallation.h"

#include "../backup/AtomicFile.h"

#include "../core/SampleCatalog.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdlib>
#include <string_view>

#ifdef __linux__
#include <signal.h>
#include <unistd.h>
#endif

namespace heapfix {

namespace fs = std::filesystem;

namespace {

Expected<std::unique_ptr<Target>, Error> openOffline(const InstallationHives& hives, TargetInfo info,
                                                     fs::path ownedFolder = {}) {
    Expected<std::unique_ptr<OfflineTarget>, Error> target =
        OfflineTarget::open(hives, std::move(info), std::move(ownedFolder));
    if (!target)
        return unexpected(target.error());
    return std::unique_ptr<Target>(std::move(*target));
}

// Where the throwaway sample installation behind --sample goes: the temporary folder the user chose (TMPDIR),
// else a memory file system where there is one (/dev/shm on Linux), since nothing of it is kept. In a /tmp on
// the disk, creating its files and removing them at exit waited on that file system's journal, most of a
// sample status's time on a busy machine (bench/, issue 7).
// Copies in memory outlive a process that ends without unwinding (killed, or std::_Exit): they carry the
// creating process's id, and one left by a process that no longer exists is removed by the next sample
// opened.
constexpr std::string_view kMemorySamplePrefix = "heapfix-sample-pid";

void removeOrphanedMemorySamples(const fs::path& memory) {
#ifdef __linux__
    std::error_code error;
    for (const fs::directory_entry& entry : fs::directory_iterator(memory, error)) {
        const std::string name = entry.path().filename().string();
        if (!name.starts_with(kMemorySamplePrefix))
            continue;
        const std::string digits =
            name.substr(kMemorySamplePrefix.size(),
                        name.find('-', kMemorySamplePrefix.size()) - kMemorySamplePrefix.size());
        char* end = nullptr;
        const long pid = std::strtol(digits.c_str(), &end, 10);
        if (digits.empty() || *end != '\0' || pid <= 0 || pid == static_cast<long>(getpid()))
            continue;
        if (kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
            std::error_code ignored;
            fs::remove_all(entry.path(), ignored); // another user's stays: no permission, nothing happens
        }
    }
#else
    (void)memory;
#endif
}

fs::path scratchParent() {
#ifdef __linux__
    const char* chosen = std::getenv("TMPDIR");
    const fs::path memory = "/dev/shm";
    std::error_code error;
    if ((chosen == nullptr || *chosen == '\0') && fs::is_directory(memory, error) &&
        access(memory.c_str(), W_OK | X_OK) == 0)
        return memory;
#endif
    return fs::temp_directory_path();
}

TargetInfo sampleInfo(const SampleDefinition& sample, const SampleFiles& files) {
    TargetInfo info;
    info.kind = TargetKind::Sample;
    info.path = files.windowsDir.string();
    info.sampleName = sample.name;
    return info;
}

// The practice installation kept in `folder` (TargetSpec::keepSampleIn): opened where it is, made there
// (flushed to disk, as a file the user keeps) when it is not there yet.
Expected<std::unique_ptr<Target>, Error> openKeptSample(const SampleDefinition& sample,
                                                        const fs::path& folder) {
    const fs::path kept = folder / sample.name;
    std::error_code error;
    const fs::file_status status = fs::symlink_status(kept, error);
    if (status.type() == fs::file_type::not_found) {
        fs::create_directories(folder, error);
        if (error)
            return unexpected(fileSystemError(error, folder, "cannot create the folder for the practice"));
        if (Expected<SampleFiles, Error> made = createSampleInstallation(sample, folder); !made)
            return unexpected(made.error());
    } else if (status.type() != fs::file_type::directory) {
        return unexpected(makeError(ErrorCode::Refused, pathToUtf8(kept),
                                    "is not the folder of a practice installation: it is left as it is"));
    }
    const fs::path windows = kept / "Windows";
    Expected<InstallationHives, Error> hives = findInstallationHives(windows);
    if (!hives)
        return unexpected(hives.error());
    return openOffline(*hives, sampleInfo(sample, {windows, hives->system, hives->software.value_or("")}));
}

Expected<std::unique_ptr<Target>, Error> openSample(const std::string& name, const fs::path& keepIn) {
    const SampleDefinition* sample = findSample(name);
    if (!sample)
        return unexpected(makeError(ErrorCode::NotFound, name, "there is no sample installation of that name",
                                    ErrorCause::UnknownSample));
    if (!keepIn.empty())
        return openKeptSample(*sample, keepIn);
    const fs::path parent = scratchParent();
    const bool inMemory = parent != fs::temp_directory_path();
    if (inMemory)
        removeOrphanedMemorySamples(parent);
    std::string pattern = (parent / (inMemory ? fmt::format("{}{}-XXXXXX", kMemorySamplePrefix, getpid())
                                              : "heapfix-sample-XXXXXX"))
                              .string();
    if (!mkdtemp(pattern.data()))
        return unexpected(
            makeError(ErrorCode::Io, pattern, "cannot create a temporary folder for the sample"));
    const fs::path folder = pattern;
    Expected<SampleFiles, Error> files = createSampleInstallation(*sample, folder, SampleDurability::Scratch);
    if (!files) {
        std::error_code ignored;
        fs::remove_all(folder, ignored);
        return unexpected(files.error());
    }
    // The target owns the folder from here on, also when opening fails (it removes it then).
    return openOffline({files->systemHive, files->softwareHive}, sampleInfo(*sample, *files), folder);
}

} // namespace

Expected<std::unique_ptr<Target>, Error> openPlatformTarget(const TargetSpec& spec) {
    switch (spec.kind) {
    case TargetSpec::Kind::Live:
        return unexpected(
            makeError(ErrorCode::Unsupported, "",
                      "the live registry exists only on Windows; use --windows-dir, --system-hive "
                      "or --sample"));
    case TargetSpec::Kind::WindowsDir: {
        Expected<InstallationHives, Error> hives = findInstallationHives(spec.path);
        if (!hives)
            return unexpected(hives.error());
        TargetInfo info;
        info.kind = TargetKind::Offline;
        info.path = spec.path.string();
        return openOffline(*hives, std::move(info));
    }
    case TargetSpec::Kind::Hives: {
        TargetInfo info;
        info.kind = TargetKind::Offline;
        info.path = spec.path.string();
        std::optional<fs::path> software;
        if (!spec.softwareHive.empty())
            software = spec.softwareHive;
        return openOffline({spec.path, software}, std::move(info));
    }
    case TargetSpec::Kind::Sample:
        return openSample(spec.sampleName, spec.keepSampleIn);
    case TargetSpec::Kind::Default:
        return openSample(spec.sampleName.empty() ? "win10-x64" : spec.sampleName, spec.keepSampleIn);
    }
    return unexpected(makeError(ErrorCode::Unsupported, "", "unknown kind of target"));
}

} // namespace heapfix
