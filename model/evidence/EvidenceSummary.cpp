#include "EvidenceSummary.h"
#include "LogReading.h"

#include <algorithm>
#include <numeric>

namespace heapfix {

namespace {

void countName(std::vector<NamedCount>& names, const std::string& name) {
    if (name.empty())
        return;
    const std::string key = asciiLower(name);
    for (NamedCount& entry : names)
        if (asciiLower(entry.name) == key) {
            ++entry.count;
            return;
        }
    names.push_back({name, 1});
}

void sortByCount(std::vector<NamedCount>& names) {
    std::stable_sort(names.begin(), names.end(), [](const NamedCount& a, const NamedCount& b) {
        return a.count != b.count ? a.count > b.count : a.name < b.name;
    });
}

} // namespace

std::uint64_t EvidenceSummary::total() const {
    return std::accumulate(counts.begin(), counts.end(), std::uint64_t(0));
}

EvidenceSummary summarize(const std::vector<Finding>& findings, std::optional<EventTime> from,
                          std::optional<EventTime> to) {
    EvidenceSummary summary;
    for (const Finding& finding : findings) {
        if ((from && finding.time < *from) || (to && !(finding.time < *to)))
            continue;
        ++summary.counts[static_cast<std::size_t>(finding.kind)];
        if (!summary.first || finding.time < *summary.first)
            summary.first = finding.time;
        if (!summary.last || *summary.last < finding.time)
            summary.last = finding.time;
        switch (finding.session) {
        case SessionKind::Services:
            ++summary.sessions.services;
            break;
        case SessionKind::Programs:
            ++summary.sessions.programs;
            break;
        case SessionKind::Unknown:
            ++summary.sessions.unknown;
            break;
        }
        countName(summary.processes, finding.process);
        countName(summary.services, finding.service);
    }
    sortByCount(summary.processes);
    sortByCount(summary.services);
    return summary;
}

std::optional<Symptom> suggestedSymptom(const EvidenceSummary& summary) {
    const SessionCounts& sessions = summary.sessions;
    if (sessions.services > sessions.programs)
        return Symptom::ServiceFails;
    if (sessions.programs > 0)
        return Symptom::ManyPrograms;
    return std::nullopt;
}

} // namespace heapfix
