#pragma once
// The commands of heapfix-cli. Each is a thin front end over the model's use-cases (inspect,
// FixTransaction, BackupStore), the same ones the wizard calls, and returns its exit code.

#include "CliOptions.h"
#include "EvidenceReport.h"
#include "ExitCode.h"
#include "Output.h"

#include "model/core/RecommendationPolicy.h"
#include "model/core/Target.h"

#include <cstdint>
#include <optional>
#include <string>

namespace heapfix::cli {

ExitCode runStatus(const CliOptions& options, const Output& out);
ExitCode runApply(const CliOptions& options, const Output& out);
ExitCode runBackups(const CliOptions& options, const Output& out);
ExitCode runRestore(const CliOptions& options, const Output& out);
ExitCode runWholeHiveRestore(const CliOptions& options, const Output& out);
ExitCode runDiagnose(const CliOptions& options, const Output& out);

// The heap Windows gave the desktop heapfix-cli runs on, on a live target (UOI_HEAPSIZE); nullopt elsewhere.
std::optional<DesktopHeapSize> measuredHeap(const TargetInfo& target);

} // namespace heapfix::cli
