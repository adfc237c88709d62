#pragma once
// What apply and restore share around the FixTransaction: asking before the change, and reporting its result.

#include "CliOptions.h"
#include "ExitCode.h"
#include "Output.h"

#include "model/fix/FixTransaction.h"

#include <nlohmann/json.hpp>

#include <string_view>

namespace heapfix::cli {

// A live target known to run without administrator rights: Windows will probably refuse the write.
void warnIfNotElevated(const TargetInfo& target, const Output& out);

// --yes, or "y" typed on a terminal. Without --yes and without a terminal: a usage error, nothing changed.
bool confirmChange(const CliOptions& options, const Output& out, std::string_view question,
                   ExitCode& failure);

// Prints the result (text, or the JSON document merged with `extra`), the failed step's error on stderr,
// and returns the exit code of its outcome.
ExitCode reportFixResult(const FixResult& result, const TargetInfo& target, const Output& out,
                         const nlohmann::ordered_json& extra);

} // namespace heapfix::cli
