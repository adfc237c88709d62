#pragma once
// From the target options to an open Target, and the backup folder, for every command.

#include "CliOptions.h"
#include "ExitCode.h"
#include "Output.h"

#include "model/core/Target.h"
#include "model/fix/EvidenceInspection.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace heapfix::cli {

// The built-in samples' names, "win10-x64, win7-x86, ...", for help and messages.
std::string sampleList();

// Opens the target the options name (the live registry on Windows when none is named). On failure the
// message has been printed, `failure` holds the exit code and the result is null.
std::unique_ptr<Target> openChosenTarget(const CliOptions& options, const Output& out, ExitCode& failure);

// The target opened and inspected with the evidence of its event log (--symptom, else the evidence's, else
// programs): what status and apply start from. On failure as openChosenTarget.
struct InspectedTarget {
    std::unique_ptr<Target> target;
    EvidenceInspection found;
};
std::optional<InspectedTarget> openAndInspect(const CliOptions& options, const Output& out,
                                              ExitCode& failure);

// What the options name, without opening it (diagnose reads only the target's event log). On failure the
// message has been printed, `failure` holds the exit code and the result is nullopt.
std::optional<TargetInfo> chosenTargetInfo(const CliOptions& options, const Output& out, ExitCode& failure);

// --backup-dir, or the backups folder of the data location (portable beside the executable, or per user).
std::filesystem::path backupFolder(const CliOptions& options, const Output& out);

} // namespace heapfix::cli
