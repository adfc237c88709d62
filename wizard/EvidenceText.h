#pragma once
// The evidence of the System event log in words (issue 13): one sentence for the System check and Current
// settings pages, the details behind "Show details", and the comparison around a change for the feedback
// page. The model gives numbers and dates only; the words are here.

#include "model/core/DesktopHeapSize.h"
#include "model/evidence/Diagnosis.h"
#include "model/evidence/Evidence.h"
#include "model/fix/Inspection.h"

#include <QCoreApplication>
#include <QString>

namespace heapfix {

class EvidenceText {
    Q_DECLARE_TR_FUNCTIONS(EvidenceText)

public:
    // "Windows logged 12 desktop-heap failures in services since 22 Mar 2019." With none, that and the other
    // causes (the KB's: add memory); a log that cannot be read, said plainly.
    static QString sentence(const EvidenceReport& report, const Diagnosis& diagnosis, TargetKind kind);
    // Whether the sentence is a warning (no evidence, or a log that cannot be read) rather than a finding or
    // the practice installation's note.
    static bool warns(const EvidenceReport& report, TargetKind kind);
    // The log, its records, the counts per kind, the services and programs named.
    static QString details(const EvidenceReport& report);
    // "No new desktop-heap failures since the change on 3 Dec 2026, 14 before it."
    static QString sinceChange(const EvidenceReport& report, const ChangeComparison& comparison,
                               TargetKind kind);
    static QString date(EventTime time); // "2 Nov 2026" / "2 nov 2026"
    // The proof that the size took effect: the heap Windows gave the desktop heapfix runs on (a live target:
    // Seams) against the number of the value read that decides it ("Windows gave this desktop the 20480 KB
    // ... the setting asks"); `warns` when Windows gave less, which a restart since the change means it could
    // not reserve. Empty for an offline or practice installation, or a value that does not parse.
    static QString heapSizeNow(const Inspection* inspected, TargetKind kind, bool* warns = nullptr);
};

} // namespace heapfix
