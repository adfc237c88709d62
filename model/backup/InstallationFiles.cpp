#include "InstallationFiles.h"

#include "SafeOpen.h"

#include "../core/RegistryTree.h"
#include "../core/Utf8Path.h"

namespace heapfix {

namespace fs = std::filesystem;

std::optional<fs::path> findCaseInsensitive(const fs::path& folder, const std::string& name) {
    std::error_code error;
    const fs::path exact = folder / name;
    if (fs::exists(exact, error))
        return exact;
    for (const fs::path& entry : folderEntries(folder))
        if (sameKeyName(pathToUtf8(entry.filename()), name))
            return entry;
    return std::nullopt;
}

std::optional<fs::path> findPathCaseInsensitive(fs::path folder, const std::vector<std::string>& segments) {
    for (const std::string& segment : segments) {
        std::optional<fs::path> next = findCaseInsensitive(folder, segment);
        if (!next)
            return std::nullopt;
        folder = *next;
    }
    return folder;
}

std::vector<fs::path> findTransactionLogs(const fs::path& hive) {
    std::vector<fs::path> logs;
    for (const char* suffix : {".LOG1", ".LOG2", ".LOG"})
        if (std::optional<fs::path> log =
                findCaseInsensitive(hive.parent_path(), pathToUtf8(hive.filename()) + suffix))
            logs.push_back(*log);
    return logs;
}

Expected<InstallationHives, Error> findInstallationHives(const fs::path& windowsDir) {
    std::error_code error;
    if (!fs::is_directory(windowsDir, error))
        return unexpected(makeError(ErrorCode::NotFound, pathToUtf8(windowsDir), "the folder does not exist",
                                    ErrorCause::NoSuchFolder));
    std::optional<fs::path> config = findPathCaseInsensitive(windowsDir, {"System32", "config"});
    if (!config)
        config = findPathCaseInsensitive(windowsDir, {"Windows", "System32", "config"});
    std::optional<fs::path> system = config ? findCaseInsensitive(*config, "SYSTEM") : std::nullopt;
    if (!system)
        return unexpected(
            makeError(ErrorCode::NotFound, pathToUtf8(windowsDir),
                      "no System32\\config\\SYSTEM hive below this folder: name the Windows folder "
                      "of the installation (or pass the SYSTEM hive file itself)",
                      ErrorCause::NoSystemHive));
    return InstallationHives{*system, findCaseInsensitive(*config, "SOFTWARE")};
}

} // namespace heapfix
