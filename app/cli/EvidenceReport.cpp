#include "EvidenceReport.h"

#include <fmt/format.h>

namespace heapfix::cli {

using json = nlohmann::ordered_json;

namespace {

json timeJson(const std::optional<EventTime>& time) {
    return time ? json(toIso8601(*time)) : json(nullptr);
}

json namesJson(const std::vector<NamedCount>& names) {
    json list = json::array();
    for (const NamedCount& entry : names)
        list.push_back({{"name", entry.name}, {"count", entry.count}});
    return list;
}

std::string timeText(const std::optional<EventTime>& time) {
    return time ? toIso8601(*time) : "?";
}

constexpr const char* kKindWords[] = {
    "a desktop heap allocation failed (Win32k 243)",
    "a desktop could not be created (Win32k 244)",
    "a program's DLL initialization failed (Application Popup 26)",
    "a service's DLL initialization failed (Service Control Manager)",
};

std::string namesText(const std::vector<NamedCount>& names) {
    std::string text;
    for (const NamedCount& entry : names)
        text += fmt::format("{}{} ({})", text.empty() ? "" : ", ", entry.name, entry.count);
    return text;
}

std::string logLine(const LogStatus& log) {
    if (!log.readable)
        return fmt::format("Event log:     {}: {}\n", log.source ? "cannot be read" : "none",
                           log.error ? log.error->message() : std::string("unknown reason"));
    return fmt::format("Event log:     {} ({} records, {} to {})\n", log.path, log.records,
                       timeText(log.first), timeText(log.last));
}

} // namespace

json evidenceJson(const EvidenceReport& report, std::optional<std::uint32_t> heapSizeKb) {
    const LogStatus& log = report.log;
    const EvidenceSummary& summary = report.summary;
    json counts = json::object();
    for (EvidenceKind kind : kEvidenceKinds)
        counts[std::string(evidenceKindName(kind))] = summary.count(kind);
    const std::optional<Symptom> symptom = report.suggestedSymptom();
    return {{"log",
             {{"source", log.source ? json(logSourceName(*log.source)) : json(nullptr)},
              {"path", log.path.empty() ? json(nullptr) : json(log.path)},
              {"readable", log.readable},
              {"error", log.error ? json(log.error->message()) : json(nullptr)},
              {"records", log.records},
              {"first", timeJson(log.first)},
              {"last", timeJson(log.last)}}},
            {"counts", counts},
            {"first", timeJson(summary.first)},
            {"last", timeJson(summary.last)},
            {"sessions",
             {{"services", summary.sessions.services},
              {"programs", summary.sessions.programs},
              {"unknown", summary.sessions.unknown}}},
            {"processes", namesJson(summary.processes)},
            {"services", namesJson(summary.services)},
            {"suggested_symptom", symptom ? json(symptomName(*symptom)) : json(nullptr)},
            {"heap_size_kb", heapSizeKb ? json(*heapSizeKb) : json(nullptr)}};
}

json loweringJson(const std::optional<LoweringProposal>& lowering) {
    if (!lowering)
        return nullptr;
    const auto numbers = [](const SharedSectionValues& values) {
        return json{
            {"system", values.system},
            {"interactive", values.interactive},
            {"non_interactive", values.nonInteractive ? json(*values.nonInteractive) : json(nullptr)}};
    };
    return {{"reason", loweringReasonName(lowering->reason)},
            {"current", numbers(lowering->current)},
            {"proposed", numbers(lowering->proposed)}};
}

namespace {

// diagnose's lines about what a readable log holds.
std::string findingsText(const EvidenceReport& report) {
    std::string text;
    const EvidenceSummary& summary = report.summary;
    const std::string since = report.since ? " since " + toIso8601(*report.since) : "";
    if (summary.total() == 0) {
        text += fmt::format(
            "Evidence:      no desktop-heap failures{} in this log. If programs still run out "
            "of memory, look for a program that leaks (Task Manager's GDI and USER object columns) "
            "or add memory.\n",
            since);
    } else {
        text += fmt::format("Evidence:      {} desktop-heap failures{}, from {} to {}\n", summary.total(),
                            since, timeText(summary.first), timeText(summary.last));
        for (EvidenceKind kind : kEvidenceKinds)
            text += fmt::format("  {:<18} {:>6}   {}\n", evidenceKindName(kind), summary.count(kind),
                                kKindWords[static_cast<int>(kind)]);
        text += fmt::format("Sessions:      services {}, programs {}, unknown {}\n",
                            summary.sessions.services, summary.sessions.programs, summary.sessions.unknown);
        if (!summary.processes.empty())
            text += "Processes:     " + namesText(summary.processes) + "\n";
        if (!summary.services.empty())
            text += "Services:      " + namesText(summary.services) + "\n";
        if (const std::optional<Symptom> symptom = report.suggestedSymptom())
            text +=
                fmt::format("Suggests:      the symptom \"{}\": heapfix-cli status and apply take it when no "
                            "--symptom is given\n",
                            symptomName(*symptom));
        if (summary.count(EvidenceKind::Win32k244) > 0)
            text += "The desktops as a whole ran out (Win32k 244): raising a number would make it worse. "
                    "heapfix-cli status shows the change that fits (a lower third number).\n";
    }
    return text;
}

std::string heapLine(const std::optional<DesktopHeapSize>& heap) {
    if (!heap)
        return {};
    if (heap->kilobytes)
        return fmt::format("This desktop:  {} KB of desktop heap, as Windows reports it\n", *heap->kilobytes);
    return "This desktop:  heap size unknown: " + heap->reason + "\n";
}

} // namespace

std::string evidenceText(const EvidenceReport& report, const std::optional<DesktopHeapSize>& heap) {
    std::string text = logLine(report.log);
    if (report.log.readable)
        text += findingsText(report);
    return text + heapLine(heap);
}

std::string evidenceLines(const EvidenceReport& report, const SymptomChoice& symptom) {
    std::string text = logLine(report.log);
    if (report.log.readable) {
        const EvidenceSummary& summary = report.summary;
        if (summary.total() == 0)
            text += "Evidence:      no desktop-heap failures in the log\n";
        else
            text += fmt::format(
                "Evidence:      {} desktop-heap failures from {} to {} (services {}, programs {}, "
                "unknown {})\n",
                summary.total(), timeText(summary.first), timeText(summary.last), summary.sessions.services,
                summary.sessions.programs, summary.sessions.unknown);
    }
    if (symptom.source == SymptomSource::Evidence)
        text += fmt::format("Symptom:       \"{}\", as the event log suggests (--symptom overrides it)\n",
                            symptomName(symptom.symptom));
    return text;
}

std::string loweringText(const LoweringProposal& lowering) {
    const std::string why =
        lowering.reason == LoweringReason::DesktopCreationFailed
            ? "Windows could not create a desktop at all (Win32k 244)"
            : "many service desktops failed on a 32-bit Windows whose 48 MB session view holds "
              "every desktop heap of the services' session";
    return fmt::format(
        "The desktops as a whole ran out: {}. Raising a number would make it worse; the change "
        "that fits is to lower the third number, zzzz, from {} KB to {} KB, so that more desktops "
        "fit (Microsoft ntdebugging, \"Desktop Heap, part 2\"). heapfix does not do this on its "
        "own: run \"apply --values {}\" to make it.\n",
        why, lowering.current.effectiveNonInteractive(), *lowering.proposed.nonInteractive,
        formatSharedSection(lowering.proposed));
}

std::string heapCheckText(const DesktopHeapSize& heap, const SharedSectionValues& setting) {
    const HeapSizeCheck check = checkHeapSize(heap, setting);
    const std::string desktop = heap.desktop.empty() ? std::string() : " (" + heap.desktop + ")";
    const char* number = check.interactive ? "second" : "third";
    switch (check.verdict) {
    case HeapSizeVerdict::AsSet:
        return fmt::format(
            "This desktop:  {} KB of desktop heap{}, as the setting's {} number asks: the size "
            "took effect\n",
            check.measuredKb, desktop, number);
    case HeapSizeVerdict::Smaller:
        return fmt::format(
            "This desktop:  {} KB of desktop heap{}, less than the {} KB of the setting's {} number. If "
            "Windows "
            "has restarted since the setting was made, it could not reserve that much and fell back to "
            "smaller heaps: lower the numbers.\n",
            check.measuredKb, desktop, check.settingKb, number);
    case HeapSizeVerdict::Larger:
        return fmt::format("This desktop:  {} KB of desktop heap{}, more than the {} KB of the setting's {} "
                           "number: the setting counts from the next start of Windows.\n",
                           check.measuredKb, desktop, check.settingKb, number);
    case HeapSizeVerdict::Unknown:
        break;
    }
    if (!heap.kilobytes)
        return heapLine(heap);
    return fmt::format("This desktop:  {} KB of desktop heap{}, a size no number of the setting decides\n",
                       *heap.kilobytes, desktop);
}

nlohmann::ordered_json heapCheckJson(const DesktopHeapSize& heap, const SharedSectionValues& setting) {
    const HeapSizeCheck check = checkHeapSize(heap, setting);
    const bool known = check.verdict != HeapSizeVerdict::Unknown;
    return json{{"desktop", heap.desktop.empty() ? json(nullptr) : json(heap.desktop)},
                {"measured_kb", heap.kilobytes ? json(*heap.kilobytes) : json(nullptr)},
                {"setting_kb", known ? json(check.settingKb) : json(nullptr)},
                {"verdict", heapSizeVerdictName(check.verdict)},
                {"reason", heap.reason.empty() ? json(nullptr) : json(heap.reason)}};
}

} // namespace heapfix::cli
