#pragma once
// The four commands of heapfix-cli. Each is a thin front end over the model's use-cases (inspect,
// FixTransaction, BackupStore), the same ones the wizard calls, and returns its exit code.

#include "CliOptions.h"
#include "ExitCode.h"
#include "Output.h"

#include "model/core/RecommendationPolicy.h"

#include <string>

namespace heapfix::cli {

// "programs" (the default) or "services", as --symptom has it.
Symptom symptomFromOption(const std::string& name);

ExitCode runStatus(const CliOptions& options, const Output& out);
ExitCode runApply(const CliOptions& options, const Output& out);
ExitCode runBackups(const CliOptions& options, const Output& out);
ExitCode runRestore(const CliOptions& options, const Output& out);

} // namespace heapfix::cli
