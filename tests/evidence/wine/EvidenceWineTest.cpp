// The Windows half of the evidence under Wine: the live System log and offline logs through Wine's event-log
// API (wevtapi is a stub there, OpenBackupEventLogW reads nothing) must be reported as not readable, never as
// a log without evidence, and without a crash; the measured desktop heap is whatever Wine answers for
// UOI_HEAPSIZE (checked against the same call made here), or unknown with the reason; the RunOnce entry of
// the feedback appears and disappears as Wine's reg.exe shows. On real Windows the log tests expect the logs
// to be read.

#include "Win32TestSupport.h"
#include "model/evidence/Evidence.h"
#include "model/win32/DesktopHeap.h"
#include "model/win32/LiveSystem.h"
#include "model/win32/RunOnce.h"

#include <gtest/gtest.h>

using namespace heapfix;
using namespace heapfix::test;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string detail(const LogStatus& status) {
    return status.error ? status.error->detail : std::string();
}

} // namespace

TEST(LiveSystemLog, NotReadableUnderWineAndNeverNoEvidence) {
    const EvidenceReport report = gatherEvidence(LogLocation{LogSource::Live, {}});
    ASSERT_TRUE(report.log.source.has_value());
    EXPECT_EQ(*report.log.source, LogSource::Live);
    EXPECT_EQ(report.log.path, "System");
    if (!runningUnderWine()) {
        EXPECT_TRUE(report.log.readable) << detail(report.log);
        EXPECT_GT(report.log.records, 0u);
        return;
    }
    EXPECT_FALSE(report.log.readable);
    ASSERT_TRUE(report.log.error.has_value());
    EXPECT_TRUE(contains(report.log.error->detail, "the System log cannot be read here"))
        << detail(report.log);
    EXPECT_EQ(report.log.error->code, ErrorCode::Unsupported);
    EXPECT_TRUE(report.findings.empty());
    EXPECT_EQ(report.summary.total(), 0u);
    EXPECT_FALSE(report.suggestedSymptom().has_value());
    // The same through the target, as status and the wizard ask for it.
    TargetInfo live;
    live.kind = TargetKind::Live;
    EXPECT_FALSE(gatherEvidence(live).log.readable);
}

TEST(OfflineLogs, EvtxThroughEvtQueryFilePath) {
    const EvidenceReport report = gatherEvidence(LogLocation{LogSource::Evtx, HEAPFIX_REAL_EVTX});
    if (!runningUnderWine()) {
        EXPECT_TRUE(report.log.readable) << detail(report.log);
        EXPECT_EQ(report.log.records, 733u);
        EXPECT_EQ(report.summary.count(EvidenceKind::ServiceDllInit), 12u);
        return;
    }
    EXPECT_FALSE(report.log.readable);
    EXPECT_TRUE(contains(detail(report.log), "cannot be read here")) << detail(report.log);
    EXPECT_TRUE(report.findings.empty());
}

TEST(OfflineLogs, EvtThroughOpenBackupEventLog) {
    const EvidenceReport report = gatherEvidence(LogLocation{LogSource::Evt, HEAPFIX_REAL_EVT});
    if (!runningUnderWine()) {
        EXPECT_TRUE(report.log.readable) << detail(report.log);
        EXPECT_EQ(report.log.records, 6063u);
        return;
    }
    // Wine opens the backup log and reads no record from it: the header's count shows that nothing was read.
    EXPECT_FALSE(report.log.readable);
    EXPECT_TRUE(contains(detail(report.log), "returned no records, yet the log's header counts"))
        << detail(report.log);
}

TEST(OfflineLogs, BadFilesAreRefusedBeforeTheApi) {
    TempFolder folder;
    std::filesystem::create_directories(folder.path() / "System.evtx");
    writeFileBytes(folder.path() / "empty.evtx", {});
    writeFileBytes(folder.path() / "random.Evt", std::vector<std::uint8_t>(4096, 0x5A));
    const struct {
        std::filesystem::path file;
        LogSource source;
        ErrorCode code;
        const char* says;
    } cases[] = {
        {folder.path() / "System.evtx", LogSource::Evtx, ErrorCode::Refused, "this is a folder"},
        {folder.path() / "empty.evtx", LogSource::Evtx, ErrorCode::Corrupt, "empty (0 bytes)"},
        {folder.path() / "random.Evt", LogSource::Evt, ErrorCode::Corrupt, "not an .Evt event log"},
        {folder.path() / "missing.evtx", LogSource::Evtx, ErrorCode::NotFound, "no log file here"},
    };
    for (const auto& bad : cases) {
        const LogStatus status = readEventLog(LogLocation{bad.source, bad.file}, [](const RenderedEvent&) {});
        EXPECT_FALSE(status.readable) << bad.says;
        ASSERT_TRUE(status.error.has_value()) << bad.says;
        EXPECT_EQ(status.error->code, bad.code) << status.error->message();
        EXPECT_TRUE(contains(status.error->detail, bad.says)) << status.error->message();
    }
}

TEST(DesktopHeap, WhatWindowsAnswersOrUnknownWithTheReason) {
    const DesktopHeapSize size = currentDesktopHeapSize();
    // The peer: the same question asked here, directly.
    ULONG kilobytes = 0;
    DWORD needed = 0;
    const BOOL answered = GetUserObjectInformationW(GetThreadDesktop(GetCurrentThreadId()), UOI_HEAPSIZE,
                                                    &kilobytes, sizeof kilobytes, &needed);
    if (answered && kilobytes > 0) {
        ASSERT_TRUE(size.kilobytes.has_value()) << size.reason;
        EXPECT_EQ(*size.kilobytes, kilobytes);
        EXPECT_TRUE(size.reason.empty());
    } else {
        EXPECT_FALSE(size.kilobytes.has_value());
        EXPECT_TRUE(contains(size.reason, "UOI_HEAPSIZE") || contains(size.reason, "0 KB")) << size.reason;
    }
    EXPECT_EQ(size.desktop, "WinSta0\\Default");
    ASSERT_TRUE(size.interactive.has_value());
    EXPECT_TRUE(*size.interactive);
}

TEST(RunOnce, AppearsAndDisappearsAsRegShows) {
    const std::wstring key = L"HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce";
    const std::filesystem::path program = L"C:\\Program Files\\heapfix\\heapfix.exe";
    const std::filesystem::path record =
        L"C:\\Users\\helpdesk\\AppData\\Local\\heapfix\\backups\\heapfix-20261203-"
        L"101010-live.json";
    const std::string command = feedbackCommandLine(program, record);
    EXPECT_EQ(command,
              "\"C:\\Program Files\\heapfix\\heapfix.exe\" --feedback \"C:\\Users\\helpdesk\\AppData\\Local\\"
              "heapfix\\backups\\heapfix-20261203-101010-live.json\"");
    ASSERT_TRUE(removeFeedbackRunOnce()); // a clean start; no entry is no error
    ASSERT_TRUE(registerFeedbackRunOnce(program, record));
    ProcessResult query = runProgram(L"reg.exe query \"" + key + L"\" /v heapfix-feedback");
    EXPECT_EQ(query.exitCode, 0u) << query.output;
    EXPECT_TRUE(contains(query.output, "heapfix-feedback    REG_SZ    " + command)) << query.output;
    auto registered = registeredFeedbackRunOnce();
    ASSERT_TRUE(registered);
    ASSERT_TRUE(registered->has_value());
    EXPECT_EQ(**registered, command);
    // A newer change replaces it: one entry.
    const std::filesystem::path newer = L"C:\\heapfix\\backups\\heapfix-20261204-090000-live.json";
    ASSERT_TRUE(registerFeedbackRunOnce(program, newer));
    query = runProgram(L"reg.exe query \"" + key + L"\"");
    EXPECT_TRUE(contains(query.output, feedbackCommandLine(program, newer))) << query.output;
    EXPECT_FALSE(contains(query.output, command)) << query.output;

    ASSERT_TRUE(removeFeedbackRunOnce());
    query = runProgram(L"reg.exe query \"" + key + L"\" /v heapfix-feedback");
    EXPECT_NE(query.exitCode, 0u) << query.output;
    registered = registeredFeedbackRunOnce();
    ASSERT_TRUE(registered);
    EXPECT_FALSE(registered->has_value());
    EXPECT_TRUE(removeFeedbackRunOnce()); // gone already: still no error
}

TEST(RunOnce, ACommandLineWindowsWouldNotRunIsRefused) {
    ASSERT_TRUE(removeFeedbackRunOnce());
    const std::filesystem::path program = L"C:\\Program Files\\heapfix\\heapfix.exe";
    const std::filesystem::path record = L"C:\\" + std::wstring(250, L'x') + L"\\record.json";
    const auto refused = registerFeedbackRunOnce(program, record);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    EXPECT_TRUE(contains(refused.error().detail, "at most 260")) << refused.error().detail;
    const auto registered = registeredFeedbackRunOnce();
    ASSERT_TRUE(registered);
    EXPECT_FALSE(registered->has_value());
}
