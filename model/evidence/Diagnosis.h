#pragma once
// What the evidence means for the fix: the symptom it points at, the facts for a plain sentence ("Windows
// logged 14 desktop-heap failures in services since 2 Nov": numbers and dates, the front ends make the
// words), and where the desktops as a whole ran out, the proposal to lower the third number instead of
// raising.

#include "Evidence.h"

#include "../core/RecommendationPolicy.h"
#include "../core/WindowsVersion.h"

#include <optional>

namespace heapfix {

struct Diagnosis {
    bool logReadable = false;
    std::uint64_t failures = 0;     // every finding in the summary (since the bound, if any)
    std::optional<Symptom> symptom; // the symptom the evidence points at; nullopt: none, or it cannot tell
    std::uint64_t failuresInSymptom = 0;   // the findings in that symptom's session (services or programs)
    std::optional<EventTime> firstFailure; // "since 2 Nov"
    std::optional<EventTime> lastFailure;
    std::optional<LoweringReason> desktopsRanOut; // set when the desktops as a whole ran out
    std::optional<LoweringProposal> lowering;     // the change that fits then, where the numbers are known
};

// Service desktops that must fail (distinct services named by service_dll_init) on a 32-bit 2000/XP/2003
// before heapfix reads it as the shared 48 MB session view running out rather than one service's heap.
inline constexpr std::size_t kManyServiceDesktops = 3;

// `current`: the installation's SharedSection numbers where known (for the lowering proposal).
Diagnosis diagnose(const EvidenceReport& report, const WindowsVersion& windows,
                   const std::optional<SharedSectionValues>& current);

// The symptom for status and apply: the user's --symptom wins, then the evidence's, then programs.
SymptomChoice chooseSymptom(std::optional<Symptom> userChoice, const Diagnosis& diagnosis);

} // namespace heapfix
