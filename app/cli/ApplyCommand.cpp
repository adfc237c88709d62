#include "Commands.h"
#include "EvidenceReport.h"
#include "FixReport.h"
#include "JsonReport.h"
#include "TargetChoice.h"
#include "TextReport.h"

#include "model/core/Utf16.h"
#include "model/fix/EvidenceInspection.h"

#include <fmt/format.h>

namespace heapfix::cli {

namespace {

// --values "Y,Z" (xxxx stays) or "X,Y,Z", read by the model's own SharedSection parser.
Expected<SharedSectionValues, std::string> valuesFromOption(const std::string& text,
                                                            const SharedSectionValues& current) {
    const std::u16string token = u"SharedSection=" + fromUtf8(text);
    const auto parsed = SharedSection::parse(token);
    if (!parsed) {
        SharedSectionParseError error = parsed.error();
        error.position = error.position >= 14 ? error.position - 14 : 0;
        return unexpected(
            fmt::format("--values {}: {}; give Y,Z or X,Y,Z in KB, for example --values 20480,2048", text,
                        describeParseError(error)));
    }
    const SharedSectionValues given = parsed->values();
    if (given.nonInteractive)
        return given;
    return SharedSectionValues{current.system, given.system, given.interactive};
}

std::string joinedErrors(const std::vector<ValidationIssue>& issues) {
    std::string text;
    for (const ValidationIssue& issue : issues)
        if (issue.severity == Severity::Error)
            text += (text.empty() ? "" : "; ") + describeIssue(issue);
    return text;
}

// The event log says the desktops as a whole ran out: the plain recommendation would raise a number.
std::string raisingRefusedText(const Diagnosis& diagnosis) {
    std::string text =
        diagnosis.lowering
            ? loweringText(*diagnosis.lowering)
            : "The desktops as a whole ran out, and the third number is at its minimum already: "
              "fewer services under accounts of their own is what helps. ";
    return text + "Nothing was changed. To raise the numbers anyway, name the symptom (--symptom programs or "
                  "--symptom services).";
}

} // namespace

ExitCode runApply(const CliOptions& options, const Output& out) {
    ExitCode failure = kDone;
    const std::optional<InspectedTarget> opened = openAndInspect(options, out, failure);
    if (!opened)
        return failure;
    Target& target = *opened->target;
    const EvidenceInspection* found = &opened->found;
    const Inspection* inspection = &found->inspection;
    if (!inspection->sharedSection || !inspection->recommendation) {
        const std::string why =
            inspection->parseError ? describeParseError(*inspection->parseError) : "no numbers";
        return out.fail(kTargetUnreadable, makeError(ErrorCode::Malformed, inspection->key + "\\Windows",
                                                     "the value is malformed: " + why));
    }
    const SharedSectionValues current = inspection->sharedSection->values();
    SharedSectionValues proposed = inspection->recommendation->recommended;
    if (found->raisingDiscouraged() && options.values.empty())
        return out.fail(kUsage, raisingRefusedText(found->diagnosis));
    std::vector<ValidationIssue> issues;
    if (!options.values.empty()) {
        auto given = valuesFromOption(options.values, current);
        if (!given)
            return out.fail(kUsage, given.error());
        proposed = *given;
        issues = RecommendationPolicy::validate(inspection->windows, current, proposed);
        if (RecommendationPolicy::hasErrors(issues))
            return out.fail(kUsage, fmt::format("--values {}: {}; nothing was changed", options.values,
                                                joinedErrors(issues)));
        for (const ValidationIssue& issue : issues)
            out.warning(describeIssue(issue));
    }
    out.text(foundText(*inspection));
    warnIfNotElevated(inspection->target, out);
    if (proposed != current) {
        out.text(proposalText(current, proposed));
        if (!confirmChange(options, out, "Apply?", failure))
            return failure;
    }
    BackupStore backups(backupFolder(options, out));
    FixTransaction transaction(target, backups);
    const FixResult result = transaction.apply(proposed);
    return reportFixResult(result, inspection->target, out,
                           {{"target", targetJson(inspection->target)},
                            {"requested", sharedSectionJson(proposed)},
                            {"warnings", validationJson(issues)}});
}

} // namespace heapfix::cli
