#pragma once
// The evidence of the System event log as heapfix-cli shows it: the JSON object of issue 13 (diagnose --json,
// and "evidence" in status --json) and the plain English lines.

#include "model/core/DesktopHeapSize.h"
#include "model/core/RecommendationPolicy.h"
#include "model/evidence/Diagnosis.h"
#include "model/evidence/Evidence.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace heapfix::cli {

// {"log": {...}, "counts": {...}, "first", "last", "sessions", "processes", "services", "suggested_symptom",
//  "heap_size_kb"}; heap_size_kb: the measured heap of the current desktop on a live target, else null.
nlohmann::ordered_json evidenceJson(const EvidenceReport& report, std::optional<std::uint32_t> heapSizeKb);
nlohmann::ordered_json loweringJson(const std::optional<LoweringProposal>& lowering);

// diagnose: the log, the counts by kind, sessions, names, the symptom they point at.
std::string evidenceText(const EvidenceReport& report, const std::optional<DesktopHeapSize>& heap);
// status: one or two lines under the target.
std::string evidenceLines(const EvidenceReport& report, const SymptomChoice& symptom);
// Where the desktops as a whole ran out: why raising is wrong, and the change that fits.
std::string loweringText(const LoweringProposal& lowering);
// status on a live target: the heap Windows gave this desktop against the number of the setting that decides
// it (the proof that the size took effect, issue 13). JSON: {"desktop", "measured_kb", "setting_kb",
// "verdict": "as_set|smaller|larger|unknown", "reason"}.
std::string heapCheckText(const DesktopHeapSize& heap, const SharedSectionValues& setting);
nlohmann::ordered_json heapCheckJson(const DesktopHeapSize& heap, const SharedSectionValues& setting);

} // namespace heapfix::cli
