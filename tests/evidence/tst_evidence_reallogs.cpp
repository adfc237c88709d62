// Every real log in ../shared/testdata/evtx: heapfix's record count, evidence counts, first and last times
// and the services named equal what the independent peers find (evtxexport -f xml and python3-evtx's
// evtx_dump.py for .evtx, evtexport for the XP .Evt), with the evidence rules applied to the peers' output by
// the test itself (PeerLog.cpp). The classifier is also run on every event the peers found, not only on those
// heapfix's readers hand it, and must agree on each: no false positive on anything the real logs hold.

#include "PeerLog.h"

#include "model/evidence/Evidence.h"

#include <QTemporaryDir>
#include <QTest>

using namespace heapfix;
using namespace heapfix::evidencetest;

Q_DECLARE_METATYPE(heapfix::evidencetest::Peer)

namespace {

QString kindName(EvidenceKind kind) {
    const std::string_view name = evidenceKindName(kind);
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

std::filesystem::path fsPath(const QString& path) {
    return std::filesystem::path(path.toStdString());
}

// python3-evtx prints microseconds computed through a double (2021-11-03 08:15:15.2269567 comes out as
// .226955): a few microseconds off. The libyal tools print the full 100 ns.
std::int64_t tolerance(Peer peer) {
    return peer == Peer::PythonEvtx ? 50 : 0;
}

bool near(std::optional<EventTime> heapfix, std::optional<std::int64_t> peer, std::int64_t slack) {
    if (!heapfix || !peer)
        return !heapfix && !peer;
    return std::llabs(heapfix->ticks - *peer) <= slack;
}

QString timeText(std::optional<EventTime> time) {
    return time ? QString::fromStdString(toIso8601(*time)) : QStringLiteral("none");
}

RenderedEvent rendered(const PeerEvent& peer) {
    RenderedEvent event;
    event.provider = peer.provider.toStdString();
    event.eventId = peer.eventId;
    event.recordId = peer.recordId;
    event.time = EventTime{peer.ticks};
    for (const QString& text : peer.strings)
        event.strings.push_back(text.toStdString());
    return event;
}

} // namespace

class RealLogsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void matchesPeers_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Peer>("peer");
        QTest::addColumn<qulonglong>("sourcesRecords");    // SOURCES.md's count, made with the same peers
        QTest::addColumn<qulonglong>("sourcesServiceDll"); // SOURCES.md's service_dll_init
        const struct {
            const char* file;
            qulonglong records, serviceDll;
            bool python; // python3-evtx too (it needs about 2.5 ms a record: the large logs only with
                         // evtxexport)
        } logs[] = {
            {"scm-7000-dllinit.evtx", 733, 12, true},     {"scm-7000-timeouts.evtx", 733, 0, true},
            {"win10-client-system.evtx", 7857, 0, false}, {"win10-19041-system.evtx", 1094, 0, false},
            {"win11-22000-system.evtx", 1077, 0, false},  {"win7-x64-system.evtx", 1601, 0, true},
        };
        for (const auto& log : logs) {
            QTest::addRow("%s evtxexport", log.file)
                << log.file << Peer::EvtxExport << log.records << log.serviceDll;
            if (log.python)
                QTest::addRow("%s evtx_dump.py", log.file)
                    << log.file << Peer::PythonEvtx << log.records << log.serviceDll;
        }
        QTest::addRow("xp-sp2-SysEvent.Evt evtexport")
            << "xp-sp2-SysEvent.Evt" << Peer::EvtExport << 6063ull << 0ull;
    }

    void matchesPeers() {
        QFETCH(QString, file);
        QFETCH(Peer, peer);
        QFETCH(qulonglong, sourcesRecords);
        QFETCH(qulonglong, sourcesServiceDll);
        const QString log = unpack(file);
        QString error;
        const QList<PeerEvent> events = peerEvents(peer, log, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const PeerFigures expected = figuresOf(events);

        const LogSource source = file.endsWith(".Evt") ? LogSource::Evt : LogSource::Evtx;
        const EvidenceReport report = gatherEvidence(LogLocation{source, fsPath(log)});
        QVERIFY2(report.log.readable, report.log.error ? report.log.error->message().c_str() : "unreadable");
        QCOMPARE(report.log.damaged, 0ull);
        QCOMPARE(report.log.records, expected.records);
        QCOMPARE(report.log.records, sourcesRecords);
        QVERIFY2(near(report.log.first, expected.logFirst, tolerance(peer)),
                 qPrintable(timeText(report.log.first)));
        QVERIFY2(near(report.log.last, expected.logLast, tolerance(peer)),
                 qPrintable(timeText(report.log.last)));
        for (EvidenceKind kind : kEvidenceKinds)
            QCOMPARE(report.summary.count(kind), expected.counts.value(kindName(kind)));
        QCOMPARE(report.summary.count(EvidenceKind::ServiceDllInit), sourcesServiceDll);
        QVERIFY2(near(report.summary.first, expected.first, tolerance(peer)),
                 qPrintable(timeText(report.summary.first)));
        QVERIFY2(near(report.summary.last, expected.last, tolerance(peer)),
                 qPrintable(timeText(report.summary.last)));
        QMap<QString, std::uint64_t> services;
        for (const NamedCount& service : report.summary.services)
            services[QString::fromStdString(service.name)] = service.count;
        QCOMPARE(services, expected.services);
        QCOMPARE(report.summary.sessions.services, expected.counts.value("service_dll_init"));
        QCOMPARE(report.summary.sessions.programs + report.summary.sessions.unknown,
                 report.summary.total() - report.summary.sessions.services);
        const bool services0 = expected.counts.value("service_dll_init") > 0;
        QCOMPARE(report.suggestedSymptom().has_value(), services0);
        if (services0)
            QCOMPARE(int(*report.suggestedSymptom()), int(Symptom::ServiceFails));
    }

    // The classifier on every event the peer found (not only the IDs the readers hand it): the same kind as
    // the rules applied to the peer's output, event by event.
    void classifierAgreesOnEveryEvent_data() { matchesPeers_data(); }
    void classifierAgreesOnEveryEvent() {
        QFETCH(QString, file);
        QFETCH(Peer, peer);
        if (peer == Peer::PythonEvtx)
            return; // the same events as evtxexport's rows; python3-evtx's output is checked above
        QString error;
        const QList<PeerEvent> events = peerEvents(peer, unpack(file), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!events.isEmpty());
        int evidence = 0;
        for (const PeerEvent& event : events) {
            const std::optional<Finding> finding = classify(rendered(event));
            const QString kind = finding ? kindName(finding->kind) : QString();
            QVERIFY2(kind == peerKind(event),
                     qPrintable(QStringLiteral("record %1 (%2 %3): heapfix says [%4]")
                                    .arg(event.recordId)
                                    .arg(event.provider)
                                    .arg(event.eventId)
                                    .arg(kind)));
            evidence += finding ? 1 : 0;
        }
        QCOMPARE(evidence, file == "scm-7000-dllinit.evtx" ? 12 : 0);
    }

    // What the readers hand the classifier (every event with an ID that may be evidence) is what the peer
    // reads for those records: provider, ID, time and every string, record by record. On the XP log that
    // includes the traps SOURCES.md names: 7000 with %%2 and %%1053, and the Application Popup 26 that is no
    // DLL failure.
    void readersHandOverWhatPeersRead_data() { matchesPeers_data(); }
    void readersHandOverWhatPeersRead() {
        QFETCH(QString, file);
        QFETCH(Peer, peer);
        const QString log = unpack(file);
        QString error;
        QMap<std::uint64_t, PeerEvent> expected;
        for (const PeerEvent& event : peerEvents(peer, log, &error))
            if (mayBeEvidence(event.eventId))
                expected.insert(event.recordId, event);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QMap<std::uint64_t, RenderedEvent> seen;
        const LogSource source = file.endsWith(".Evt") ? LogSource::Evt : LogSource::Evtx;
        const LogStatus status =
            readEventLog(LogLocation{source, fsPath(log)},
                         [&seen](const RenderedEvent& event) { seen.insert(event.recordId, event); });
        QVERIFY(status.readable);
        QCOMPARE(seen.keys(), expected.keys());
        for (const PeerEvent& want : expected) {
            const RenderedEvent& got = seen[want.recordId];
            QCOMPARE(QString::fromStdString(got.provider), want.provider);
            QCOMPARE(got.eventId, want.eventId);
            QVERIFY2(std::llabs(got.time.ticks - want.ticks) <= tolerance(peer),
                     qPrintable(QStringLiteral("record %1: %2 against %3")
                                    .arg(want.recordId)
                                    .arg(got.time.ticks)
                                    .arg(want.ticks)));
            QStringList strings;
            for (const std::string& text : got.strings)
                strings << QString::fromStdString(text);
            QCOMPARE(strings, want.strings);
        }
        if (file == "xp-sp2-SysEvent.Evt") {
            int percentTwo = 0, timeout = 0, popups = 0;
            for (const RenderedEvent& event : seen) {
                percentTwo += event.eventId == 7000 && event.strings.size() > 1 && event.strings[1] == "%%2";
                timeout += event.eventId == 7000 && event.strings.size() > 1 && event.strings[1] == "%%1053";
                popups += event.eventId == 26 && event.provider == "Application Popup";
            }
            QCOMPARE(percentTwo, 106); // SOURCES.md: 7000 x109, %%2 x106, %%1053 x3
            QCOMPARE(timeout, 3);
            QCOMPARE(popups, 1);
        }
    }

    // --since: only the findings at or after the time, the same cut on the peer's events.
    void sinceCutsTheFindings() {
        const QString log = unpack("scm-7000-dllinit.evtx");
        QString error;
        const QList<PeerEvent> events = peerEvents(Peer::EvtxExport, log, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const PeerFigures all = figuresOf(events);
        QVERIFY(all.first && all.last && *all.first < *all.last);
        const std::int64_t middle = *all.first + (*all.last - *all.first) / 2;
        const PeerFigures later = figuresOf(events, middle);
        const EvidenceReport report =
            gatherEvidence(LogLocation{LogSource::Evtx, fsPath(log)}, EventTime{middle});
        QVERIFY(later.counts["service_dll_init"] > 0 && later.counts["service_dll_init"] < 12);
        QCOMPARE(report.summary.count(EvidenceKind::ServiceDllInit), later.counts["service_dll_init"]);
        QCOMPARE(report.findings.size(), std::size_t(12)); // every finding is kept; the summary is cut
        const ChangeComparison around = compareAroundChange(report, EventTime{middle});
        QCOMPARE(around.after.total(), later.counts["service_dll_init"]);
        QCOMPARE(around.before.total() + around.after.total(), 12ull);
        QVERIFY(*around.before.last < EventTime{middle});
        QVERIFY(!(*around.after.first < EventTime{middle}));
    }

private:
    // Each peer runs once per log (python3-evtx needs seconds); every test function compares with the same
    // run.
    QList<PeerEvent> peerEvents(Peer peer, const QString& log, QString* error) {
        const QString key = peerName(peer) + "|" + log;
        if (!peerRuns_.contains(key)) {
            QList<PeerEvent> events = readWithPeer(peer, log, error);
            if (!error->isEmpty())
                return {};
            peerRuns_.insert(key, events);
        }
        return peerRuns_.value(key);
    }

    QString unpack(const QString& name) {
        const QString target = dir_.path() + "/" + name;
        if (QFile::exists(target))
            return target;
        const QString unpacked = unpackLog(name, dir_.path());
        if (unpacked.isEmpty())
            qFatal("cannot decompress %s", qPrintable(name));
        return unpacked;
    }

    QTemporaryDir dir_;
    QMap<QString, QList<PeerEvent>> peerRuns_;
};

QTEST_GUILESS_MAIN(RealLogsTest)
#include "tst_evidence_reallogs.moc"
