#pragma once
// The evidence use-case every front end calls: find the target's System log, read it, classify its events,
// sum them up since a time. Also the comparison around a change for the feedback after the restart.

#include "EventLog.h"
#include "EvidenceSummary.h"

#include "../core/Target.h"

#include <optional>
#include <vector>

namespace heapfix {

struct EvidenceReport {
    LogStatus log;
    std::vector<Finding> findings;  // every finding in the log, in the order read
    std::optional<EventTime> since; // the summary's lower bound, if one was asked for
    EvidenceSummary summary;        // the findings at or after `since`
    std::optional<Symptom> suggestedSymptom() const { return heapfix::suggestedSymptom(summary); }
};

// Where the target's System log is: the live log for this computer, the offline log of a Windows folder (or
// of the folder a System32\config\SYSTEM hive lies in); the samples have none (Unsupported).
Expected<LogLocation, Error> logLocationFor(const TargetInfo& target);

EvidenceReport gatherEvidence(const LogLocation& where, std::optional<EventTime> since = std::nullopt);
// logLocationFor, then the above; a target without a log gives an unreadable status that says why.
EvidenceReport gatherEvidence(const TargetInfo& target, std::optional<EventTime> since = std::nullopt);

// The findings before and after a change (the time a backup record keeps): "no new desktop-heap failures
// since the change on 3 Dec, 14 before it".
struct ChangeComparison {
    EventTime change;
    EvidenceSummary before; // the findings before the change
    EvidenceSummary after;  // the findings at or after it
};
ChangeComparison compareAroundChange(const EvidenceReport& report, EventTime change);

} // namespace heapfix
