// The classifier on the texts Microsoft documents (KB947246's 243 plain and with process and session, 244;
// the DLL initialization failures of Q142676 and KB184802, also in Dutch) and on the traps around them; the
// XML reader the live path and libevtx share; times and --since; the summary, the diagnosis and the proposal
// to lower the third number.

#include "model/evidence/Diagnosis.h"
#include "model/evidence/EventXml.h"

#include <QTest>

using namespace heapfix;

namespace {

RenderedEvent makeEvent(std::string provider, std::uint32_t id, std::vector<std::string> strings = {}) {
    RenderedEvent e;
    e.provider = std::move(provider);
    e.eventId = id;
    e.strings = std::move(strings);
    e.time = *parseIso8601("2026-11-02T10:00:00Z");
    return e;
}

QString kindOf(const RenderedEvent& e) {
    const std::optional<Finding> finding = classify(e);
    if (!finding)
        return "none";
    const std::string_view name = evidenceKindName(finding->kind);
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

// A Win32k 243 as Windows 10 19041 wrote it (Atomic Red Team's print-bombing test): no text at all, the code
// 0x800000F3 only in the binary part.
constexpr const char* kBare243 =
    R"(<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System>)"
    R"(<Provider Name="Win32k" Guid="{8c416c79-d49b-4f01-a467-e56d3aa8234c}"/><EventID>243</EventID>)"
    R"(<Version>0</Version><Level>2</Level><TimeCreated SystemTime="2022-02-10T13:56:43.6453470Z"/>)"
    R"(<EventRecordID>1417</EventRecordID><Channel>System</Channel></System>)"
    R"(<EventData><Binary>F3000080000000000000000000000000</Binary></EventData></Event>)";

Finding serviceFinding(std::string service, const char* time = "2026-11-02T10:00:00Z") {
    Finding finding;
    finding.kind = EvidenceKind::ServiceDllInit;
    finding.session = SessionKind::Services;
    finding.sessionId = 0;
    finding.service = std::move(service);
    finding.time = *parseIso8601(time);
    return finding;
}

EvidenceReport readableReport(std::vector<Finding> findings) {
    EvidenceReport report;
    report.log.readable = true;
    report.log.source = LogSource::Evtx;
    report.findings = std::move(findings);
    report.summary = summarize(report.findings);
    return report;
}

WindowsVersion windows(WindowsFamily family, Architecture architecture) {
    WindowsVersion version;
    version.source = VersionSource::Read;
    version.architecture = architecture;
    switch (family) {
    case WindowsFamily::WindowsXP:
        version.major = 5, version.minor = 1, version.build = 2600;
        break;
    default:
        version.major = 10, version.minor = 0, version.build = 19045;
        break;
    }
    return version;
}

} // namespace

class ClassifierTest : public QObject {
    Q_OBJECT

private slots:
    void win32kEvents_data() {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("session");
        QTest::addColumn<QString>("process");
        QTest::addColumn<int>("pid");
        QTest::newRow("243 KB947246") << "Win32k" << 243 << "A desktop heap allocation failed."
                                      << "win32k_243"
                                      << "unknown"
                                      << "" << -1;
        QTest::newRow("243 recent, session 0") << "Win32k" << 243
                                               << "A desktop heap allocation failed.\nProcess ID: 14012. "
                                                  "Process name: conhost.exe. Thread ID: 14260. "
                                                  "Session ID: 0"
                                               << "win32k_243"
                                               << "services"
                                               << "conhost.exe" << 14012;
        QTest::newRow("243 recent, session 2, one line")
            << "Microsoft-Windows-Win32k" << 243
            << "A desktop heap allocation failed. Process ID: 812. Process name: EXCEL.EXE. Thread ID: 90. "
               "Session ID: 2."
            << "win32k_243"
            << "programs"
            << "EXCEL.EXE" << 812;
        QTest::newRow("243 fields as data") << "Win32k" << 243 << "14012\nconhost.exe"
                                            << "win32k_243"
                                            << "unknown"
                                            << "" << -1;
        QTest::newRow("244 KB947246")
            << "Win32k" << 244 << "Failed to create a desktop due to desktop heap exhaustion."
            << "win32k_244"
            << "unknown"
            << "" << -1;
        QTest::newRow("Win32k 267 is no evidence") << "Win32k" << 267 << "A desktop heap allocation failed."
                                                   << "none"
                                                   << ""
                                                   << "" << -1;
        QTest::newRow("243 of another provider")
            << "Microsoft-Windows-Kernel-General" << 243 << "A desktop heap allocation failed."
            << "none"
            << ""
            << "" << -1;
    }
    void win32kEvents() {
        QFETCH(QString, provider);
        QFETCH(int, id);
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(QString, session);
        QFETCH(QString, process);
        QFETCH(int, pid);
        const RenderedEvent e = makeEvent(provider.toStdString(), std::uint32_t(id), {text.toStdString()});
        QCOMPARE(kindOf(e), kind);
        if (kind == "none")
            return;
        const Finding finding = *classify(e);
        const char* sessions[] = {"services", "programs", "unknown"};
        QCOMPARE(QString(sessions[int(finding.session)]), session);
        QCOMPARE(QString::fromStdString(finding.process), process);
        QCOMPARE(finding.processId ? int(*finding.processId) : -1, pid);
        QCOMPARE(finding.time, *parseIso8601("2026-11-02T10:00:00Z"));
    }

    void bare243FromXml() {
        const std::optional<RenderedEvent> e = parseEventXml(kBare243);
        QVERIFY(e);
        QCOMPARE(e->strings.size(), std::size_t(0));
        QCOMPARE(e->binary,
                 (std::vector<std::uint8_t>{0xF3, 0, 0, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
        QCOMPARE(e->recordId, 1417ull);
        QCOMPARE(QString::fromStdString(toIso8601(e->time)), QString("2022-02-10T13:56:43.645347Z"));
        const std::optional<Finding> finding = classify(*e);
        QVERIFY(finding);
        QCOMPARE(int(finding->kind), int(EvidenceKind::Win32k243));
        QCOMPARE(int(finding->session), int(SessionKind::Unknown));
        QVERIFY(finding->process.empty());
    }

    void popups_data() {
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("process");
        QTest::newRow("XP, 0xc0000142")
            << "svchost.exe - Application Error"
            << "The application failed to initialize properly (0xc0000142). Click on OK "
               "to terminate the application."
            << "popup_dll_init"
            << "svchost.exe";
        QTest::newRow("Dutch, 0xC0000142")
            << "cmd.exe - Toepassingsfout"
            << "De toepassing kan niet correct worden geïnitialiseerd (0xC0000142). "
               "Klik op OK om de toepassing te sluiten."
            << "popup_dll_init"
            << "cmd.exe";
        QTest::newRow("Q142676 user32.dll")
            << "mmc.exe - DLL Initialization Failed"
            << "Initialization of the dynamic link library "
               "C:\\WINDOWS\\system32\\user32.dll failed. The process is terminating "
               "abnormally."
            << "popup_dll_init"
            << "mmc.exe";
        QTest::newRow("KB184802 kernel32.dll") << "DLL Initialization Failed"
                                               << "Initialization of the dynamic library "
                                                  "C:\\WINNT\\system32\\kernel32.dll failed. The process is "
                                                  "terminating abnormally."
                                               << "popup_dll_init"
                                               << "";
        QTest::newRow("XP virtual memory (the XP log's own)")
            << "Windows - Virtual Memory Minimum Too Low"
            << "Your system is low on virtual memory. Windows is increasing the size of your virtual memory "
               "paging "
               "file."
            << "none"
            << "";
        QTest::newRow("another status")
            << "app.exe - Unable To Locate Component"
            << "This application has failed to start because MSVCR80.dll was not found "
               "(0xc0000135)."
            << "none"
            << "";
        QTest::newRow("a longer number") << "app.exe - Application Error"
                                         << "The value 0xC00001420 was seen."
                                         << "none"
                                         << "";
        QTest::newRow("part of a word") << "app.exe - Application Error"
                                        << "code xC0000142z"
                                        << "none"
                                        << "";
    }
    void popups() {
        QFETCH(QString, caption);
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(QString, process);
        const RenderedEvent e =
            makeEvent("Application Popup", 26, {caption.toStdString(), text.toStdString()});
        QCOMPARE(kindOf(e), kind);
        if (kind != "none") {
            QCOMPARE(QString::fromStdString(classify(e)->process), process);
            QCOMPARE(int(classify(e)->session), int(SessionKind::Unknown));
        }
        QCOMPARE(kindOf(makeEvent("Application Error", 26, {caption.toStdString(), text.toStdString()})),
                 QString("none"));
        QCOMPARE(kindOf(makeEvent("Application Popup", 27, {caption.toStdString(), text.toStdString()})),
                 QString("none"));
    }

    void serviceEvents_data() {
        QTest::addColumn<int>("id");
        QTest::addColumn<QStringList>("strings");
        QTest::addColumn<QString>("service"); // empty: no evidence
        QTest::newRow("7000 %%1114") << 7000 << QStringList{"Spooler", "%%1114"} << "Spooler";
        QTest::newRow("7000 %%1053 (the timeouts log)") << 7000 << QStringList{"seg1", "%%1053"} << "";
        QTest::newRow("7000 %%2 (the XP log)") << 7000 << QStringList{"Dhcp", "%%2"} << "";
        QTest::newRow("7023 %%1114") << 7023 << QStringList{"Print Spooler", "%%1114"} << "Print Spooler";
        QTest::newRow("7023 0xC0000142 written out") << 7023 << QStringList{"Agent", "0xC0000142"} << "Agent";
        QTest::newRow("7024 NTSTATUS as %%") << 7024 << QStringList{"Agent", "%%3221225794"} << "Agent";
        QTest::newRow("7024 NTSTATUS signed") << 7024 << QStringList{"Agent", "%%-1073741502"} << "Agent";
        QTest::newRow("7024 bare NTSTATUS") << 7024 << QStringList{"Agent", "3221225794"} << "Agent";
        QTest::newRow("7024 bare 1114 is the service's own code")
            << 7024 << QStringList{"Agent", "1114"} << "";
        QTest::newRow("7009 names the service second") << 7009 << QStringList{"30000", "seg1"} << "";
        QTest::newRow("7011 %%1114 in a later place")
            << 7011 << QStringList{"30000", "Agent", "%%1114"} << "Agent";
        QTest::newRow("7031 counts are no error")
            << 7031 << QStringList{"Agent", "1114", "60000", "%%1"} << "";
        QTest::newRow("7034 %%1114") << 7034 << QStringList{"Agent", "%%1114"} << "Agent";
        QTest::newRow("7036 is not on the list") << 7036 << QStringList{"Agent", "%%1114"} << "";
        QTest::newRow("a service named %%1114 with another error")
            << 7000 << QStringList{"%%1114", "%%1053"} << "";
    }
    void serviceEvents() {
        QFETCH(int, id);
        QFETCH(QStringList, strings);
        QFETCH(QString, service);
        std::vector<std::string> data;
        for (const QString& text : strings)
            data.push_back(text.toStdString());
        const RenderedEvent e = makeEvent("Service Control Manager", std::uint32_t(id), data);
        QCOMPARE(kindOf(e), service.isEmpty() ? QString("none") : QString("service_dll_init"));
        if (!service.isEmpty()) {
            QCOMPARE(QString::fromStdString(classify(e)->service), service);
            QCOMPARE(int(classify(e)->session), int(SessionKind::Services));
        }
        // The same data from another provider is never evidence (NETLOGON 5719 carries %%1311 the same way).
        QCOMPARE(kindOf(makeEvent("Service Control Manager Helper", std::uint32_t(id), data)),
                 QString("none"));
        QCOMPARE(kindOf(makeEvent("NETLOGON", std::uint32_t(id), data)), QString("none"));
    }

    void eventXml() {
        const char* xml =
            R"(<?xml version="1.0"?><Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">)"
            R"(<System><Provider Name="Service Control Manager" EventSourceName="Service Control Manager"/>)"
            R"(<EventID Qualifiers="49152">7000</EventID><TimeCreated SystemTime='2021-11-03T08:15:16.295794700Z'/>)"
            R"(<EventRecordID>9310</EventRecordID></System><EventData><Data Name="param1">A &amp; B &lt;&#x41;&#66;&gt;</Data>)"
            R"(<Data Name="param2">%%1114</Data><Data Name="param3"/><Data><![CDATA[x<y]]></Data>)"
            R"(<Binary>73006500</Binary></EventData></Event>)";
        const std::optional<RenderedEvent> e = parseEventXml(xml);
        QVERIFY(e);
        QCOMPARE(QString::fromStdString(e->provider), QString("Service Control Manager"));
        QCOMPARE(e->eventId, 7000u);
        QCOMPARE(e->recordId, 9310ull);
        QCOMPARE(QString::fromStdString(toIso8601(e->time)), QString("2021-11-03T08:15:16.2957947Z"));
        QCOMPARE(e->strings, (std::vector<std::string>{"A & B <AB>", "%%1114", "", "x<y"}));
        QCOMPARE(e->binary, (std::vector<std::uint8_t>{0x73, 0, 0x65, 0}));
        QCOMPARE(QString::fromStdString(classify(*e)->service), QString("A & B <AB>"));

        const char* userData =
            R"(<Event><System><Provider EventSourceName="Win32k"/><EventID>244</EventID></System>)"
            R"(<UserData><Fail xmlns="x"><Text>Failed to create a desktop</Text><Session>3</Session></Fail></UserData></Event>)";
        const std::optional<RenderedEvent> u = parseEventXml(userData);
        QVERIFY(u);
        QCOMPARE(QString::fromStdString(u->provider), QString("Win32k"));
        QCOMPARE(u->strings, (std::vector<std::string>{"Failed to create a desktop", "3"}));

        QVERIFY(!parseEventXml("<Event><System><Provider Name=\"Win32k\"/></System></Event>")); // no EventID
        QVERIFY(!parseEventXml("<Event><System><EventID>243</EventID></System></Event>"));      // no provider
        QVERIFY(!parseEventXml("not xml at all"));
        QVERIFY(!parseEventXml(""));
        QVERIFY(!parseEventXml("<Event><System><Provider Name=\"Win32k"));
    }

    void times() {
        QCOMPARE(QString::fromStdString(toIso8601(EventTime::fromUnixSeconds(0))),
                 QString("1970-01-01T00:00:00Z"));
        QCOMPARE(QString::fromStdString(toIso8601(EventTime{0})), QString("1601-01-01T00:00:00Z"));
        const auto t = parseIso8601("2021-11-03T08:15:14.789447900Z");
        QVERIFY(t);
        QCOMPARE(QString::fromStdString(toIso8601(*t)), QString("2021-11-03T08:15:14.7894479Z"));
        QCOMPARE(*parseIso8601("2021-11-03T10:15:14.7894479+02:00"), *t);
        QCOMPARE(parseIso8601("2021-11-03")->unixSeconds(), 1635897600ll);
        QCOMPARE(EventTime::fromFiletime(132804009152269567ull).ticks, 132804009152269567ll);
        for (const char* bad : {"", "2021-13-01", "2021-02-30", "1600-12-31", "2021-11-03T25:00:00Z",
                                "2021-11-03T08:15:14", "2021-11-03T08:15:14.Z", "yesterday", "2021-11-03X"})
            QVERIFY2(!parseIso8601(bad), bad);
        const EventTime now = *parseIso8601("2026-12-03T12:00:00Z");
        QCOMPARE(*parseSince("14", now), *parseIso8601("2026-11-19T12:00:00Z"));
        QCOMPARE(*parseSince("0", now), now);
        QCOMPARE(*parseSince("2026-11-02", now), *parseIso8601("2026-11-02T00:00:00Z"));
        QVERIFY(!parseSince("-3", now));
        QVERIFY(!parseSince("two weeks", now));
        QVERIFY(!parseSince("999999999", now));
        QCOMPARE(int(parseSince("nope", now).error().code), int(ErrorCode::Malformed));
    }

    void summaryAndSymptom() {
        Finding program;
        program.kind = EvidenceKind::Win32k243;
        program.session = SessionKind::Programs;
        program.process = "EXCEL.EXE";
        program.time = *parseIso8601("2026-11-05T00:00:00Z");
        Finding sameProgram = program;
        sameProgram.process = "excel.exe";
        Finding unknown;
        unknown.kind = EvidenceKind::Win32k244;
        unknown.time = *parseIso8601("2026-11-01T00:00:00Z");
        std::vector<Finding> findings = {serviceFinding("Spooler"), serviceFinding("spooler"), program,
                                         sameProgram, unknown};
        EvidenceSummary summary = summarize(findings);
        QCOMPARE(summary.total(), 5ull);
        QCOMPARE(summary.count(EvidenceKind::ServiceDllInit), 2ull);
        QCOMPARE(summary.sessions.services, 2ull);
        QCOMPARE(summary.sessions.programs, 2ull);
        QCOMPARE(summary.sessions.unknown, 1ull);
        QCOMPARE(summary.processes.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(summary.processes[0].name), QString("EXCEL.EXE"));
        QCOMPARE(summary.processes[0].count, 2ull);
        QCOMPARE(summary.services[0].count, 2ull);
        QCOMPARE(*summary.first, *parseIso8601("2026-11-01T00:00:00Z"));
        QCOMPARE(*summary.last, *parseIso8601("2026-11-05T00:00:00Z"));
        QCOMPARE(int(*suggestedSymptom(summary)), int(Symptom::ManyPrograms)); // a tie goes to programs
        findings.push_back(serviceFinding("W3SVC"));
        QCOMPARE(int(*suggestedSymptom(summarize(findings))), int(Symptom::ServiceFails));
        QVERIFY(!suggestedSymptom(summarize({unknown})));
        QVERIFY(!suggestedSymptom(summarize({})));
        // Bounds: from <= time < to.
        QCOMPARE(summarize(findings, *parseIso8601("2026-11-02T10:00:00Z")).total(), 5ull);
        QCOMPARE(summarize(findings, std::nullopt, *parseIso8601("2026-11-02T10:00:00Z")).total(), 1ull);
    }

    void diagnosis() {
        const SharedSectionValues win10{1024, 20480, 768};
        const SharedSectionValues xp{1024, 3072, 1024};
        // Services failing on Windows 10: the services symptom, no lowering.
        EvidenceReport services =
            readableReport({serviceFinding("A"), serviceFinding("B"), serviceFinding("C")});
        Diagnosis d = diagnose(services, windows(WindowsFamily::Windows10, Architecture::X64), win10);
        QVERIFY(d.logReadable);
        QCOMPARE(d.failures, 3ull);
        QCOMPARE(int(*d.symptom), int(Symptom::ServiceFails));
        QCOMPARE(d.failuresInSymptom, 3ull);
        QVERIFY(!d.desktopsRanOut && !d.lowering);
        // The same on 32-bit XP: three service desktops in the shared 48 MB session view.
        d = diagnose(services, windows(WindowsFamily::WindowsXP, Architecture::X86), xp);
        QCOMPARE(int(*d.desktopsRanOut), int(LoweringReason::ManyServiceDesktops));
        QVERIFY(d.lowering);
        QCOMPARE(d.lowering->proposed, (SharedSectionValues{1024, 3072, 512}));
        QCOMPARE(d.lowering->current, xp);
        // Two services on XP are not many; on XP x64 there is no 48 MB view.
        QVERIFY(!diagnose(readableReport({serviceFinding("A"), serviceFinding("B"), serviceFinding("B")}),
                          windows(WindowsFamily::WindowsXP, Architecture::X86), xp)
                     .desktopsRanOut);
        QVERIFY(!diagnose(services, windows(WindowsFamily::WindowsXP, Architecture::X64), xp).desktopsRanOut);
        // A 244 anywhere: the desktops as a whole ran out.
        Finding desktop;
        desktop.kind = EvidenceKind::Win32k244;
        d = diagnose(readableReport({desktop}), windows(WindowsFamily::Windows10, Architecture::X64), win10);
        QCOMPARE(int(*d.desktopsRanOut), int(LoweringReason::DesktopCreationFailed));
        QCOMPARE(d.lowering->proposed, (SharedSectionValues{1024, 20480, 512}));
        QVERIFY(!d.symptom); // 244 names no session
        // Without the numbers: the reason, no proposal.
        QVERIFY(!diagnose(readableReport({desktop}), windows(WindowsFamily::Windows10, Architecture::X64),
                          std::nullopt)
                     .lowering);
        // An unreadable log says nothing.
        EvidenceReport unreadable = readableReport({desktop});
        unreadable.log.readable = false;
        d = diagnose(unreadable, windows(WindowsFamily::Windows10, Architecture::X64), win10);
        QVERIFY(!d.logReadable && !d.symptom && !d.desktopsRanOut && d.failures == 0);
        // The user's --symptom wins; then the evidence; then programs.
        d = diagnose(services, windows(WindowsFamily::Windows10, Architecture::X64), win10);
        QCOMPARE(int(chooseSymptom(Symptom::ManyPrograms, d).symptom), int(Symptom::ManyPrograms));
        QCOMPARE(int(chooseSymptom(Symptom::ManyPrograms, d).source), int(SymptomSource::User));
        QCOMPARE(int(chooseSymptom(std::nullopt, d).symptom), int(Symptom::ServiceFails));
        QCOMPARE(int(chooseSymptom(std::nullopt, d).source), int(SymptomSource::Evidence));
        QCOMPARE(int(chooseSymptom(std::nullopt, Diagnosis{}).source), int(SymptomSource::Default));
        QCOMPARE(int(chooseSymptom(std::nullopt, Diagnosis{}).symptom), int(Symptom::ManyPrograms));
    }

    void loweringSteps() {
        const auto lowered = [](SharedSectionValues values) -> QString {
            const auto proposal =
                RecommendationPolicy::proposeLowering(values, LoweringReason::DesktopCreationFailed);
            return proposal ? QString::fromStdString(formatSharedSection(proposal->proposed))
                            : QString("none");
        };
        QCOMPARE(lowered({1024, 20480, 2048}), QString("1024,20480,512"));
        QCOMPARE(lowered({1024, 3072, 512}), QString("1024,3072,256"));
        QCOMPARE(lowered({1024, 3072, 256}), QString("1024,3072,128"));
        QCOMPARE(lowered({1024, 3072, 200}), QString("1024,3072,128"));
        QCOMPARE(lowered({1024, 3072, 128}), QString("none"));
        QCOMPARE(lowered({1024, 3072, 64}), QString("none")); // Windows uses 128 for it already
        QCOMPARE(lowered({1024, 3072, std::nullopt}), QString("1024,3072,512")); // NT 4.0: services use yyyy
        QCOMPARE(QString::fromLatin1(loweringReasonName(LoweringReason::ManyServiceDesktops).data()),
                 QString("many-service-desktops"));
    }

    void xpathQuery() {
        QCOMPARE(
            QString::fromStdString(evidenceXPathQuery()),
            QString("*[System[(EventID=243 or EventID=244 or EventID=26 or EventID=7000 or EventID=7009 or "
                    "EventID=7011 or EventID=7023 or EventID=7024 or EventID=7031 or EventID=7034)]]"));
        for (std::uint32_t id : {243u, 244u, 26u, 7000u, 7009u, 7011u, 7023u, 7024u, 7031u, 7034u})
            QVERIFY(mayBeEvidence(id));
        for (std::uint32_t id : {0u, 1u, 242u, 245u, 267u, 7036u, 7045u, 5719u})
            QVERIFY(!mayBeEvidence(id));
    }
};

QTEST_GUILESS_MAIN(ClassifierTest)
#include "tst_evidence_classifier.moc"
