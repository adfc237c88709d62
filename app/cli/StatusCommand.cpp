#include "Commands.h"
#include "JsonReport.h"
#include "TargetChoice.h"
#include "TextReport.h"

#include "model/fix/Inspection.h"

#include <fmt/format.h>

namespace heapfix::cli {

Symptom symptomFromOption(const std::string& name) {
    return symptomFromName(name).value_or(Symptom::ManyPrograms); // CLI11 has checked the name
}

ExitCode runStatus(const CliOptions& options, const Output& out) {
    ExitCode failure = kDone;
    const auto target = openChosenTarget(options, out, failure);
    if (!target)
        return failure;
    const Symptom symptom = symptomFromOption(options.symptom);
    const auto inspection = inspect(*target, symptom);
    if (!inspection)
        return out.fail(exitCodeForReadError(inspection.error()), inspection.error());
    if (out.json())
        out.printJson(statusJson(*inspection, symptom));
    else
        out.text(statusText(*inspection));
    if (!inspection->parseError)
        return kDone;
    out.note(fmt::format(
        "heapfix-cli: error: {}\\{}: the value is malformed: {}. heapfix changes nothing in a value "
        "it cannot read; restore a backup of it (heapfix-cli restore FILE) or correct it by hand.",
        inspection->key, kWindowsValueName, describeParseError(*inspection->parseError)));
    return kTargetUnreadable;
}

} // namespace heapfix::cli
