#pragma once
// What the user named as the installation to work on (the CLI's and the wizard's target options), and the
// one entry point each platform's backend implements for it. Here in core/ so that the backends (hive/ on
// Linux, win32/ on Windows) depend only downwards; fix/Targets.h opens targets with it.

#include "Error.h"
#include "Expected.h"
#include "Target.h"

#include <filesystem>
#include <memory>
#include <string>

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

// Implemented by the platform's backend (hive/ on Linux, win32/ on Windows); fix/Targets.h's openTarget
// checks the spec first.
Expected<std::unique_ptr<Target>, Error> openPlatformTarget(const TargetSpec& spec);

} // namespace heapfix
