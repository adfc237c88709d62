#pragma once
// The SYSTEM hive's part of the 0xC0000017 repair: where the page file is (Memory Management's
// ExistingPageFiles and PagingFiles) and the crash-dump settings (CrashControl) of every ControlSet00N.

#include "../core/Error.h"
#include "../core/Expected.h"
#include "../core/RegistryTree.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace heapfix {

// What Windows writes for "automatically manage paging file size for all drives" (seen in the real
// Windows 7 and 10 hives): one entry, no sizes, "?" meaning the system drive.
inline constexpr std::u16string_view kSystemManagedPagingFiles = u"?:\\pagefile.sys";
inline constexpr std::u16string_view kSeedDumpFile = u"%SystemRoot%\\MEMORY.DMP";

struct PageFiles {
    std::string controlSet;
    std::vector<std::string> existingPageFiles; // "\??\C:\pagefile.sys"
    std::vector<std::string> pagingFiles;       // "?:\pagefile.sys", "D:\pagefile.sys 0 0"
    // Page files not at the system-managed default (the system drive's root): the files the technician may
    // delete once PagingFiles is reset ("D:\pagefile.sys").
    std::vector<std::string> misplaced;
};

struct CrashDump {
    std::string controlSet;
    std::optional<std::uint32_t> crashDumpEnabled;
    std::optional<std::string> dumpFile;
    std::optional<std::uint32_t> nmiCrashDump;
    bool operator==(const CrashDump&) const = default;
};

// The ControlSet00N keys of the hive, sorted.
Expected<std::vector<std::string>, Error> controlSetNames(const RegistryTree& system);
Expected<PageFiles, Error> readPageFiles(const RegistryTree& system, const std::string& controlSet);
Expected<std::vector<CrashDump>, Error> readCrashDumps(const RegistryTree& system);

// PagingFiles = "?:\pagefile.sys" in every control set that has Memory Management.
Expected<void, Error> resetPagingFiles(RegistryTree& system);
// CrashDumpEnabled=1, DumpFile=%SystemRoot%\MEMORY.DMP (REG_EXPAND_SZ), NMICrashDump=1 in every control set,
// creating Control\CrashControl where it is missing (as reg add would).
Expected<void, Error> enableCrashDumps(RegistryTree& system);

} // namespace heapfix
