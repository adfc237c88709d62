#pragma once
// Finding the files of an offline Windows installation on a disk whose names may come in any case (an NTFS
// volume mounted on Linux keeps Windows' mixed case): the SYSTEM and SOFTWARE hives, a hive's transaction
// logs, the BCD store's folders. Plain std::filesystem, for every platform and both the fix and boot paths.

#include "../core/Error.h"
#include "../core/Expected.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace heapfix {

// The entry of `folder` named `name` compared case-insensitively (ASCII), or nullopt.
std::optional<std::filesystem::path> findCaseInsensitive(const std::filesystem::path& folder,
                                                         const std::string& name);
// folder/segment/segment/..., each segment matched by findCaseInsensitive; nullopt when one is missing.
std::optional<std::filesystem::path> findPathCaseInsensitive(std::filesystem::path folder,
                                                             const std::vector<std::string>& segments);

// The transaction logs beside a hive (<name>.LOG1, .LOG2, .LOG in any case), LOG1 first.
std::vector<std::filesystem::path> findTransactionLogs(const std::filesystem::path& hive);

struct InstallationHives {
    std::filesystem::path system;
    std::optional<std::filesystem::path> software;
};

// System32/config/SYSTEM and SOFTWARE of a Windows folder, every path component matched case-insensitively.
// The folder may also be the drive root that holds "Windows". SOFTWARE is optional; SYSTEM is not.
Expected<InstallationHives, Error> findInstallationHives(const std::filesystem::path& windowsDir);

} // namespace heapfix
