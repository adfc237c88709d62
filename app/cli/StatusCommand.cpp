#include "Commands.h"
#include "EvidenceReport.h"
#include "JsonReport.h"
#include "TargetChoice.h"
#include "TextReport.h"

#include "model/fix/EvidenceInspection.h"

#include <fmt/format.h>

namespace heapfix::cli {

ExitCode runStatus(const CliOptions& options, const Output& out) {
    ExitCode failure = kDone;
    const std::optional<InspectedTarget> opened = openAndInspect(options, out, failure);
    if (!opened)
        return failure;
    const EvidenceInspection* found = &opened->found;
    const Inspection& inspection = found->inspection;
    const std::optional<DesktopHeapSize> heap = measuredHeap(inspection.target);
    if (out.json()) {
        nlohmann::ordered_json document = statusJson(inspection, found->symptom.symptom);
        document["symptom_source"] = symptomSourceName(found->symptom.source);
        document["evidence"] = evidenceJson(found->evidence, heap ? heap->kilobytes : std::nullopt);
        document["heap"] = heap && inspection.sharedSection
                               ? heapCheckJson(*heap, inspection.sharedSection->values())
                               : nlohmann::ordered_json(nullptr);
        document["lowering"] = loweringJson(found->diagnosis.lowering);
        out.printJson(document);
    } else {
        out.text(statusText(inspection));
        out.text(evidenceLines(found->evidence, found->symptom));
        if (heap && inspection.sharedSection)
            out.text(heapCheckText(*heap, inspection.sharedSection->values()));
        if (found->diagnosis.lowering)
            out.text(loweringText(*found->diagnosis.lowering));
    }
    if (!inspection.parseError)
        return kDone;
    out.note(fmt::format(
        "heapfix-cli: error: {}\\{}: the value is malformed: {}. heapfix changes nothing in a value "
        "it cannot read; restore a backup of it (heapfix-cli restore FILE) or correct it by hand.",
        inspection.key, kWindowsValueName, describeParseError(*inspection.parseError)));
    return kTargetUnreadable;
}

} // namespace heapfix::cli
