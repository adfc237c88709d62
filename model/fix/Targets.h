#pragma once
// Opening a target from what the user named: the CLI's and the wizard's target options.

#include "../core/Error.h"
#include "../core/Expected.h"
#include "../core/Target.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace heapfix {

struct TargetSpec {
    enum class Kind {
        Default,    // live on Windows; on Linux the sample named by sampleName (default win10-x64)
        Live,       // this computer (Windows only)
        WindowsDir, // an offline Windows folder: System32\config\SYSTEM and SOFTWARE found case-insensitively
        Hives,      // the SYSTEM hive file, optionally the SOFTWARE hive file
        Sample,     // a fresh copy of a built-in sample installation
    };
    Kind kind = Kind::Default;
    std::filesystem::path path;         // WindowsDir: the folder; Hives: the SYSTEM hive
    std::filesystem::path softwareHive; // Hives: optional
    std::string sampleName = "win10-x64";
    // Sample: the folder where the practice installation is kept between runs (the wizard keeps it in its
    // data folder, so that a fix can be restored on the next start). Made there on first use, opened again
    // afterwards. Empty: a fresh throwaway copy that goes with the target (--sample). Only where samples are
    // hive files (Linux); on Windows the sample lives in memory and starts fresh every time.
    std::filesystem::path keepSampleIn;
};

// Names of the built-in samples: win10-x64, win7-x86, xp-x86, 2003-x64, nt4-x86 (and any more there are).
std::vector<std::string> sampleNames();

Expected<std::unique_ptr<Target>, Error> openTarget(const TargetSpec& spec);

// "Start the practice over": removes the practice installation `sampleName` kept in `folder` (see
// TargetSpec::keepSampleIn), so that the next openTarget makes it afresh. Only a real folder of a known
// sample's name is removed (a link is refused, never followed); none there is not an error.
Expected<void, Error> removeKeptSample(const std::filesystem::path& folder, const std::string& sampleName);

// Implemented by the platform's backend (hive/ on Linux, win32/ on Windows).
Expected<std::unique_ptr<Target>, Error> openPlatformTarget(const TargetSpec& spec);

} // namespace heapfix
