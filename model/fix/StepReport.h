#pragma once
// The steps of a change, reported as each one finishes: the fix and restore transactions (FixTransaction.h)
// and the boot repair (BootRepair.h) report the same StepReports through one listener, so that a front end
// renders every change's progress and result one way.

#include "../core/Error.h"

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace heapfix {

enum class FixStep { Inspect, Backup, Write, Verify, Rollback };
enum class StepOutcome { NotRun, Done, Failed };
// The two stores a boot repair writes, in the order it writes them; each has its own Write step.
enum class BootStore { Bcd, System };

std::string_view fixStepName(FixStep step);      // "inspect", ...
std::string_view stepOutcomeName(StepOutcome o); // "not-run", "done", "failed"
std::string_view bootStoreName(BootStore store); // "bcd", "system": the CLI's text and --json

struct StepReport {
    FixStep step;
    StepOutcome outcome = StepOutcome::NotRun;
    std::optional<Error> error;
    std::optional<BootStore> store; // which store a boot repair's Write step writes
};

using StepListener = std::function<void(const StepReport&)>;

// A change's steps, in the order they run, each NotRun until it finishes.
using Steps = std::vector<StepReport>;

void planStep(Steps& steps, FixStep step, std::optional<BootStore> store = std::nullopt);
// Marks the planned step (of that store) finished and tells `listener`.
void finishStep(Steps& steps, const StepListener& listener, FixStep step, StepOutcome outcome,
                std::optional<Error> error = std::nullopt, std::optional<BootStore> store = std::nullopt);
// The planned step (of that store); null when the change has no such step.
const StepReport* findStep(const Steps& steps, FixStep step, std::optional<BootStore> store = std::nullopt);
// The first step that failed; null when none did.
const StepReport* failedStep(const Steps& steps);

} // namespace heapfix
