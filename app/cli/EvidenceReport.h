#pragma once
// The evidence of the System event log as heapfix-cli shows it: the JSON object of issue 13 (diagnose --json,
// and "evidence" in status --json) and the plain English lines.

#include "model/core/RecommendationPolicy.h"
#include "model/evidence/Diagnosis.h"
#include "model/evidence/Evidence.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace heapfix::cli {

// The heap Windows gave the desktop heapfix-cli runs on (live targets only): its size, or why it is unknown.
struct HeapReading {
    std::optional<std::uint32_t> kilobytes;
    std::string reason;
};

// {"log": {...}, "counts": {...}, "first", "last", "sessions", "processes", "services", "suggested_symptom",
//  "heap_size_kb"}; heap_size_kb: the measured heap of the current desktop on a live target, else null.
nlohmann::ordered_json evidenceJson(const EvidenceReport& report, std::optional<std::uint32_t> heapSizeKb);
nlohmann::ordered_json loweringJson(const std::optional<LoweringProposal>& lowering);

// diagnose: the log, the counts by kind, sessions, names, the symptom they point at.
std::string evidenceText(const EvidenceReport& report, const std::optional<HeapReading>& heap);
// status: one or two lines under the target.
std::string evidenceLines(const EvidenceReport& report, const SymptomChoice& symptom);
// Where the desktops as a whole ran out: why raising is wrong, and the change that fits.
std::string loweringText(const LoweringProposal& lowering);

} // namespace heapfix::cli
