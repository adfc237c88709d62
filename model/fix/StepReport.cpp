#include "StepReport.h"

#include "../core/EnumNames.h"

#include <algorithm>
#include <utility>

namespace heapfix {

std::string_view fixStepName(FixStep step) {
    constexpr auto kNames = enumNames<FixStep>({"inspect", "backup", "write", "verify", "rollback"});
    return kNames.name(step);
}

std::string_view stepOutcomeName(StepOutcome o) {
    constexpr auto kNames = enumNames<StepOutcome>({"not-run", "done", "failed"});
    return kNames.name(o);
}

std::string_view bootStoreName(BootStore store) {
    constexpr auto kNames = enumNames<BootStore>({"bcd", "system"});
    return kNames.name(store);
}

namespace {

// The planned step of that kind (and store), in a const or a mutable list.
template <typename StepList>
auto plannedIn(StepList& steps, FixStep step, std::optional<BootStore> store) {
    return std::find_if(steps.begin(), steps.end(), [&](const StepReport& report) {
        return report.step == step && report.store == store;
    });
}

} // namespace

void planStep(Steps& steps, FixStep step, std::optional<BootStore> store) {
    steps.push_back(StepReport{step, StepOutcome::NotRun, std::nullopt, store});
}

void finishStep(Steps& steps, const StepListener& listener, FixStep step, StepOutcome outcome,
                std::optional<Error> error, std::optional<BootStore> store) {
    const auto planned = plannedIn(steps, step, store);
    StepReport& report =
        planned != steps.end() ? *planned : steps.emplace_back(StepReport{step, {}, {}, store});
    report.outcome = outcome;
    report.error = std::move(error);
    if (listener)
        listener(report);
}

const StepReport* findStep(const Steps& steps, FixStep step, std::optional<BootStore> store) {
    const auto found = plannedIn(steps, step, store);
    return found != steps.end() ? &*found : nullptr;
}

const StepReport* failedStep(const Steps& steps) {
    const auto found = std::find_if(steps.begin(), steps.end(), [](const StepReport& report) {
        return report.outcome == StepOutcome::Failed;
    });
    return found != steps.end() ? &*found : nullptr;
}

} // namespace heapfix
