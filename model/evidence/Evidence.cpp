#include "Evidence.h"
#include "LogReading.h"

namespace heapfix {

namespace fs = std::filesystem;

namespace {

// A SYSTEM hive at <Windows>\System32\config\SYSTEM: its Windows folder.
std::optional<fs::path> windowsFolderOfHive(const fs::path& hive) {
    const fs::path config = hive.parent_path();
    const fs::path system32 = config.parent_path();
    if (asciiLower(pathToUtf8(config.filename())) != "config" ||
        asciiLower(pathToUtf8(system32.filename())) != "system32")
        return std::nullopt;
    return system32.parent_path();
}

} // namespace

Expected<LogLocation, Error> logLocationFor(const TargetInfo& target) {
    switch (target.kind) {
    case TargetKind::Live:
        return LogLocation{LogSource::Live, {}};
    case TargetKind::Sample:
        return unexpected(
            makeError(ErrorCode::Unsupported, target.sampleName, "the sample installation has no event log"));
    case TargetKind::Offline:
        break;
    }
    const fs::path path = pathFromUtf8(target.path);
    std::error_code error;
    if (fs::is_directory(path, error))
        return findOfflineLog(path);
    if (std::optional<fs::path> windows = windowsFolderOfHive(path))
        return findOfflineLog(*windows);
    return unexpected(makeError(ErrorCode::NotFound, target.path,
                                "the hive file does not lie in a Windows folder's System32\\config: name the "
                                "Windows folder (--windows-dir) for its event log"));
}

EvidenceReport gatherEvidence(const LogLocation& where, std::optional<EventTime> since) {
    EvidenceReport report;
    report.since = since;
    report.log = readEventLog(where, [&report](const RenderedEvent& event) {
        if (std::optional<Finding> finding = classify(event))
            report.findings.push_back(std::move(*finding));
    });
    if (!report.log.readable)
        report.findings.clear(); // a log that could not be read whole gives no counts, never "none"
    report.summary = summarize(report.findings, since);
    return report;
}

EvidenceReport gatherEvidence(const TargetInfo& target, std::optional<EventTime> since) {
    Expected<LogLocation, Error> where = logLocationFor(target);
    if (!where) {
        EvidenceReport report;
        report.since = since;
        report.log = unreadableLog(std::nullopt, where.error());
        return report;
    }
    return gatherEvidence(*where, since);
}

ChangeComparison compareAroundChange(const EvidenceReport& report, EventTime change) {
    return {change, summarize(report.findings, std::nullopt, change), summarize(report.findings, change)};
}

} // namespace heapfix
