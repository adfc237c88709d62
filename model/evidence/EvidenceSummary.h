#pragma once
// What the findings of a log add up to: counts per kind, first and last time, sessions, the processes and
// services named. Numbers and dates only: the front ends make the words.

#include "EvidenceClassifier.h"

#include "../core/RecommendationPolicy.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace heapfix {

struct NamedCount {
    std::string name;
    std::uint64_t count = 0;
};

struct SessionCounts {
    std::uint64_t services = 0; // session 0: the non-interactive desktops (the third number)
    std::uint64_t programs = 0; // a user session: the interactive desktops (the second number)
    std::uint64_t unknown = 0;  // the event does not say
};

struct EvidenceSummary {
    std::array<std::uint64_t, kEvidenceKinds.size()> counts{}; // indexed by EvidenceKind
    std::optional<EventTime> first;
    std::optional<EventTime> last;
    SessionCounts sessions;
    std::vector<NamedCount> processes; // most often first, then by name; names compared case-insensitively
    std::vector<NamedCount> services;

    std::uint64_t count(EvidenceKind kind) const { return counts[static_cast<std::size_t>(kind)]; }
    std::uint64_t total() const;
};

// The findings with from <= time < to (either bound optional).
EvidenceSummary summarize(const std::vector<Finding>& findings, std::optional<EventTime> from = std::nullopt,
                          std::optional<EventTime> to = std::nullopt);

// The symptom the evidence points at: services when the services' session has more failures than the
// programs' (and at least one), programs when the programs' session has at least as many (and at least one);
// nullopt when there is no evidence or it does not say which session failed.
std::optional<Symptom> suggestedSymptom(const EvidenceSummary& summary);

} // namespace heapfix
