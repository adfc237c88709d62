#include "FixReport.h"

#include "ErrorAdvice.h"
#include "JsonReport.h"
#include "Terminal.h"
#include "TextReport.h"

#include <fmt/format.h>

namespace heapfix::cli {

void warnIfNotElevated(const TargetInfo& target, const Output& out) {
    if (target.elevated.has_value() && !*target.elevated)
        out.warning(
            "heapfix-cli is not running as an administrator: Windows will probably refuse the change (run "
            "it from an elevated prompt)");
}

bool confirmChange(const CliOptions& options, const Output& out, std::string_view question,
                   ExitCode& failure) {
    if (options.yes)
        return true;
    if (!stdinIsTerminal()) {
        failure = out.fail(kUsage,
                           "not confirmed: there is no terminal to ask on, so add --yes to make the change; "
                           "nothing was changed");
        return false;
    }
    if (askYesNo(question))
        return true;
    failure = out.fail(kUsage, "cancelled: nothing was changed");
    return false;
}

ExitCode reportFixResult(const FixResult& result, const TargetInfo& target, const Output& out,
                         const nlohmann::ordered_json& extra) {
    if (const StepReport* failed = failedStep(result.steps); failed && failed->error) {
        out.note(fmt::format("heapfix-cli: error: {} failed: {}", fixStepName(failed->step),
                             failed->error->message()));
        const std::string_view advice = adviceFor(failed->error->code);
        if (!advice.empty() && result.outcome != FixOutcome::RolledBack)
            out.note(advice);
    }
    if (out.json()) {
        nlohmann::ordered_json document = fixResultJson(result);
        document.update(extra);
        out.printJson(document);
    } else {
        out.text(resultText(result, target));
    }
    return exitCodeForOutcome(result.outcome);
}

} // namespace heapfix::cli
