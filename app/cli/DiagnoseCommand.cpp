#include "Commands.h"
#include "EvidenceReport.h"
#include "TargetChoice.h"

#include "model/evidence/Evidence.h"

#ifdef _WIN32
#include "model/win32/DesktopHeap.h"
#endif

#include <fmt/format.h>

namespace heapfix::cli {

std::optional<DesktopHeapSize> measuredHeap(const TargetInfo& target) {
#ifdef _WIN32
    if (target.kind == TargetKind::Live) {
        return currentDesktopHeapSize();
    }
#else
    (void)target;
#endif
    return std::nullopt;
}

// diagnose reads only the log: the target is named, not opened (no hive is needed to read a Windows folder's
// System log). Exit 2 when the log cannot be read, with the object saying why.
ExitCode runDiagnose(const CliOptions& options, const Output& out) {
    ExitCode failure = kDone;
    const std::optional<TargetInfo> target = chosenTargetInfo(options, out, failure);
    if (!target)
        return failure;
    std::optional<EventTime> since;
    if (!options.since.empty()) {
        const Expected<EventTime, Error> parsed = parseSince(options.since, EventTime::now());
        if (!parsed)
            return out.fail(kUsage, fmt::format("--since {}: {}", options.since, parsed.error().detail));
        since = *parsed;
    }
    const EvidenceReport report = gatherEvidence(*target, since);
    const std::optional<DesktopHeapSize> heap = measuredHeap(*target);
    if (out.json())
        out.printJson(evidenceJson(report, heap ? heap->kilobytes : std::nullopt));
    else
        out.text(evidenceText(report, heap));
    if (report.log.readable)
        return kDone;
    out.note(
        "heapfix-cli: error: " + (report.log.error ? report.log.error->message() : "the log cannot be read") +
        ". This is not \"no evidence\": heapfix could not look.");
    return kTargetUnreadable;
}

} // namespace heapfix::cli
