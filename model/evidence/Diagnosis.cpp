#include "Diagnosis.h"

namespace heapfix {

namespace {

bool sharesLegacySessionView(const WindowsVersion& windows) {
    const WindowsFamily family = windows.family();
    return family >= WindowsFamily::Windows2000 && family <= WindowsFamily::Server2003 &&
           windows.bitness() == 32;
}

std::optional<LoweringReason> desktopsRanOut(const EvidenceSummary& summary, const WindowsVersion& windows) {
    if (summary.count(EvidenceKind::Win32k244) > 0)
        return LoweringReason::DesktopCreationFailed;
    if (sharesLegacySessionView(windows) && summary.services.size() >= kManyServiceDesktops)
        return LoweringReason::ManyServiceDesktops;
    return std::nullopt;
}

} // namespace

Diagnosis diagnose(const EvidenceReport& report, const WindowsVersion& windows,
                   const std::optional<SharedSectionValues>& current) {
    Diagnosis diagnosis;
    diagnosis.logReadable = report.log.readable;
    if (!report.log.readable)
        return diagnosis;
    const EvidenceSummary& summary = report.summary;
    diagnosis.failures = summary.total();
    diagnosis.firstFailure = summary.first;
    diagnosis.lastFailure = summary.last;
    diagnosis.symptom = suggestedSymptom(summary);
    if (diagnosis.symptom)
        diagnosis.failuresInSymptom = *diagnosis.symptom == Symptom::ServiceFails ? summary.sessions.services
                                                                                  : summary.sessions.programs;
    diagnosis.desktopsRanOut = desktopsRanOut(summary, windows);
    if (diagnosis.desktopsRanOut && current)
        diagnosis.lowering = RecommendationPolicy::proposeLowering(*current, *diagnosis.desktopsRanOut);
    return diagnosis;
}

SymptomChoice chooseSymptom(std::optional<Symptom> userChoice, const Diagnosis& diagnosis) {
    return RecommendationPolicy::chooseSymptom(userChoice, diagnosis.symptom);
}

} // namespace heapfix
