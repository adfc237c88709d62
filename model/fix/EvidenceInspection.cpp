#include "EvidenceInspection.h"

namespace heapfix {

Expected<EvidenceInspection, Error> inspectWithEvidence(Target& target, std::optional<Symptom> userSymptom,
                                                        std::optional<EventTime> since) {
    EvidenceReport evidence = gatherEvidence(target.info(), since);
    // The symptom does not depend on the numbers: choose it first, then inspect with it.
    const Diagnosis withoutNumbers = diagnose(evidence, target.windowsVersion(), std::nullopt);
    const SymptomChoice symptom = chooseSymptom(userSymptom, withoutNumbers);
    Expected<Inspection, Error> inspection = inspect(target, symptom.symptom);
    if (!inspection)
        return unexpected(inspection.error());
    std::optional<SharedSectionValues> numbers;
    if (inspection->sharedSection)
        numbers = inspection->sharedSection->values();
    Diagnosis diagnosis = diagnose(evidence, inspection->windows, numbers);
    return EvidenceInspection{std::move(*inspection), std::move(evidence), std::move(diagnosis), symptom};
}

} // namespace heapfix
