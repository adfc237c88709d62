#pragma once
// inspect() with the evidence of the target's System event log: the symptom comes from the user's choice,
// else from what the log shows, else the default (programs); the diagnosis carries, where the desktops as a
// whole ran out, the proposal to lower the third number for this installation's numbers. The CLI's status and
// apply and the wizard call this one use-case.

#include "Inspection.h"

#include "../evidence/Diagnosis.h"
#include "../evidence/Evidence.h"

#include <optional>

namespace heapfix {

struct EvidenceInspection {
    Inspection inspection;   // made with symptom.symptom
    EvidenceReport evidence; // the whole log (or the part since `since`)
    Diagnosis diagnosis;     // from the evidence, for inspection's Windows and numbers
    SymptomChoice symptom;

    // The evidence says raising would make it worse, and the user did not choose a symptom himself: a front
    // end must not apply the plain recommendation without asking (the lowering proposal, where there is one,
    // is what fits).
    bool raisingDiscouraged() const {
        return diagnosis.desktopsRanOut.has_value() && symptom.source != SymptomSource::User;
    }
};

// Fails only as inspect() fails; a log that cannot be read is in evidence.log and leaves the symptom to the
// user or the default.
Expected<EvidenceInspection, Error> inspectWithEvidence(Target& target, std::optional<Symptom> userSymptom,
                                                        std::optional<EventTime> since = std::nullopt);

} // namespace heapfix
