// heapfix-cli diagnose (and the evidence in status and apply) on offline folders built around every real log:
// Windows\System32\winevt\Logs\System.evtx or Windows\System32\config\SysEvent.Evt, with a real SYSTEM hive
// where the command opens the target. The figures come from the peers (evtxexport, evtexport), the JSON from
// the real binary. Bad logs give exit 2 with the reason, leave every file as it was and never hang.

#include "CliTestKit.h"
#include "PeerLog.h"
#include "SyntheticEvt.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>

using namespace heapfix;
using namespace heapfix::evidencetest;
using heapfix::clitest::jsonObject;
using heapfix::clitest::runCli;
using heapfix::clitest::snapshot;

namespace {

QString isoOf(std::optional<std::int64_t> ticks) {
    if (!ticks)
        return {};
    constexpr std::int64_t kUnixEpochTicks = 116'444'736'000'000'000;
    const std::int64_t since = *ticks - kUnixEpochTicks;
    const QString text =
        QDateTime::fromSecsSinceEpoch(since / 10'000'000, QTimeZone::utc()).toString("yyyy-MM-dd'T'HH:mm:ss");
    QString fraction = QString::number(since % 10'000'000).rightJustified(7, '0');
    while (fraction.endsWith('0'))
        fraction.chop(1);
    return text + (fraction.isEmpty() ? "" : "." + fraction) + "Z";
}

QJsonValue timeValue(std::optional<std::int64_t> ticks) {
    return ticks ? QJsonValue(isoOf(ticks)) : QJsonValue(QJsonValue::Null);
}

void writeFile(const QString& file, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(file).path());
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(bytes), bytes.size());
}

// The diagnose object against the peer's figures, key by key.
void compareWithPeer(const QJsonObject& json, const PeerFigures& peer, const QString& source) {
    const QJsonObject log = json["log"].toObject();
    QCOMPARE(log["source"].toString(), source);
    QCOMPARE(log["readable"].toBool(), true);
    QVERIFY(log["error"].isNull());
    QCOMPARE(qulonglong(log["records"].toInteger()), qulonglong(peer.records));
    QCOMPARE(log["first"], timeValue(peer.logFirst));
    QCOMPARE(log["last"], timeValue(peer.logLast));
    const QJsonObject counts = json["counts"].toObject();
    QCOMPARE(counts.keys(), QStringList(peer.counts.keys()));
    for (auto it = peer.counts.begin(); it != peer.counts.end(); ++it)
        QCOMPARE(qulonglong(counts[it.key()].toInteger()), qulonglong(it.value()));
    QCOMPARE(json["first"], timeValue(peer.first));
    QCOMPARE(json["last"], timeValue(peer.last));
    QMap<QString, std::uint64_t> services;
    for (const QJsonValue& entry : json["services"].toArray())
        services[entry["name"].toString()] = std::uint64_t(entry["count"].toInteger());
    QCOMPARE(services, peer.services);
    QCOMPARE(json["sessions"].toObject()["services"].toInteger(),
             qint64(peer.counts.value("service_dll_init")));
    QVERIFY(json["heap_size_kb"].isNull()); // offline: nothing to measure
}

} // namespace

class EvidenceCliTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    // Every real log in a folder of its own; some folders in other letter cases, as NTFS on Linux keeps them.
    void diagnoseEveryRealLog_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("place");
        QTest::newRow("scm-7000-dllinit") << "scm-7000-dllinit.evtx"
                                          << "Windows/System32/winevt/Logs/System.evtx";
        QTest::newRow("scm-7000-timeouts") << "scm-7000-timeouts.evtx"
                                           << "WINDOWS/system32/WINEVT/LOGS/SYSTEM.EVTX";
        QTest::newRow("win10-client") << "win10-client-system.evtx"
                                      << "Windows/System32/winevt/Logs/System.evtx";
        QTest::newRow("win10-19041") << "win10-19041-system.evtx"
                                     << "Windows/System32/winevt/Logs/System.evtx";
        QTest::newRow("win11-22000") << "win11-22000-system.evtx"
                                     << "Windows/System32/winevt/Logs/System.evtx";
        QTest::newRow("win7-x64") << "win7-x64-system.evtx"
                                  << "Windows/System32/winevt/Logs/System.evtx";
        QTest::newRow("xp-sp2") << "xp-sp2-SysEvent.Evt"
                                << "WINDOWS/system32/config/SysEvent.Evt";
    }
    void diagnoseEveryRealLog() {
        QFETCH(QString, file);
        QFETCH(QString, place);
        const QString root = dir_.path() + "/" + QString(QTest::currentDataTag());
        const QString unpacked = unpackLog(file, dir_.path());
        QVERIFY(!unpacked.isEmpty());
        QDir().mkpath(QFileInfo(root + "/" + place).path());
        QVERIFY(QFile::rename(unpacked, root + "/" + place));
        const bool old = file.endsWith(".Evt");
        QString error;
        const PeerFigures peer =
            figuresOf(readWithPeer(old ? Peer::EvtExport : Peer::EvtxExport, root + "/" + place, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto before = snapshot(root);
        const QString windows = root + "/" + place.section('/', 0, 0);
        const test::ProcessResult result = runCli({"--windows-dir", windows, "diagnose", "--json"});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject json = jsonObject(result);
        compareWithPeer(json, peer, old ? "evt" : "evtx");
        QCOMPARE(json["log"].toObject()["path"].toString(), root + "/" + place);
        QCOMPARE(json["suggested_symptom"], peer.counts.value("service_dll_init") > 0
                                                ? QJsonValue("services")
                                                : QJsonValue(QJsonValue::Null));
        QCOMPARE(snapshot(root), before); // read only
        // The plain text says the same in words.
        const test::ProcessResult text = runCli({"--windows-dir", windows, "diagnose"});
        QCOMPARE(text.exitCode, 0);
        const qulonglong total = peer.counts.value("service_dll_init");
        QVERIFY2(text.out.contains(total ? QByteArray::number(total) + " desktop-heap failures"
                                         : QByteArray("no desktop-heap failures")),
                 text.out.constData());
    }

    void sinceCounts() {
        const QString windows = dir_.path() + "/scm-7000-dllinit/Windows";
        QVERIFY(QFileInfo::exists(windows)); // made by diagnoseEveryRealLog
        QString error;
        const QList<PeerEvent> events =
            readWithPeer(Peer::EvtxExport, windows + "/System32/winevt/Logs/System.evtx", &error);
        const std::int64_t cut = *peerTicks("2021-11-03T08:18:00Z");
        const test::ProcessResult result =
            runCli({"--windows-dir", windows, "diagnose", "--json", "--since", "2021-11-03T08:18:00Z"});
        QCOMPARE(result.exitCode, 0);
        compareWithPeer(jsonObject(result), figuresOf(events, cut), "evtx");
        QVERIFY(figuresOf(events, cut).counts["service_dll_init"] < 12);
        // A number of days: every failure of 2021 is older than that.
        const QJsonObject days =
            jsonObject(runCli({"--windows-dir", windows, "diagnose", "--json", "--since", "30"}));
        QCOMPARE(days["counts"].toObject()["service_dll_init"].toInteger(), 0);
        QCOMPARE(days["log"].toObject()["records"].toInteger(), 733); // the log itself is whole
        const test::ProcessResult bad =
            runCli({"--windows-dir", windows, "diagnose", "--since", "last week"});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("--since last week"));
    }

    // status and apply take the evidence's symptom when none is given; --symptom wins.
    void statusAndApplyTakeTheEvidence() {
        const QString windows = dir_.path() + "/scm-7000-dllinit/Windows";
        test::unpackHive("win7-sp1-x86.SYSTEM", dir_.path());
        QDir().mkpath(windows + "/System32/config");
        QVERIFY(QFile::rename(dir_.path() + "/win7-sp1-x86.SYSTEM", windows + "/System32/config/SYSTEM"));
        QJsonObject status = jsonObject(runCli({"--windows-dir", windows, "--json", "status"}));
        QCOMPARE(status["symptom"].toString(), QString("services"));
        QCOMPARE(status["symptom_source"].toString(), QString("evidence"));
        QCOMPARE(status["evidence"].toObject()["counts"].toObject()["service_dll_init"].toInteger(), 12);
        QCOMPARE(clitest::numbers(status["recommended"]), QString("1024,12288,1024")); // yyyy left alone
        QVERIFY(status["lowering"].isNull());
        status = jsonObject(runCli({"--windows-dir", windows, "--json", "status", "--symptom", "programs"}));
        QCOMPARE(status["symptom"].toString(), QString("programs"));
        QCOMPARE(status["symptom_source"].toString(), QString("user"));
        const test::ProcessResult text = runCli({"--windows-dir", windows, "status"});
        QVERIFY(text.out.contains("12 desktop-heap failures"));
        QVERIFY(text.out.contains("as the event log suggests"));
        // apply without --symptom raises only zzzz, as for a failing service; hivexget reads the result.
        const test::ProcessResult applied = runCli(
            {"--windows-dir", windows, "--backup-dir", dir_.path() + "/backups", "--json", "apply", "--yes"});
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        QCOMPARE(clitest::numbers(jsonObject(applied)["requested"]), QString("1024,12288,1024"));
        const test::ProcessResult value =
            test::run("hivexget", {windows + "/System32/config/SYSTEM",
                                   "\\ControlSet001\\Control\\Session Manager\\SubSystems", "Windows"});
        QVERIFY(value.out.contains("SharedSection=1024,12288,1024 "));
    }

    // A FAKE .Evt (SyntheticEvt.h: no public log holds these) with every kind of evidence and a trap, read by
    // evtexport for the figures; its 244 makes raising the wrong fix: status proposes lowering zzzz and apply
    // refuses to raise unless told.
    void everyKindAndTheLoweringProposal() {
        const QString windows = dir_.path() + "/fake-xp/WINDOWS";
        const QString log = windows + "/system32/config/SysEvent.Evt";
        const std::uint32_t t = 1'700'000'000;
        writeFile(
            log,
            syntheticEvt({
                {"Win32k", 0xC00000F4, t, {"Failed to create a desktop due to desktop heap exhaustion."}},
                {"Win32k",
                 0xC00000F3,
                 t + 60,
                 {"A desktop heap allocation failed. Process ID: 4321. Process name: EXCEL.EXE. Thread "
                  "ID: 8. Session ID: 1"}},
                {"Win32k", 0xC00000F3, t + 70, {"A desktop heap allocation failed."}},
                {"Application Popup",
                 0x4000001A,
                 t + 120,
                 {"cmd.exe - Application Error",
                  "The application failed to initialize properly (0xc0000142). Click on OK to terminate "
                  "the application."}},
                {"Service Control Manager", 0xC0001B58, t + 180, {"Spooler", "%%1114"}},
                {"Service Control Manager", 0xC0001B58, t + 190, {"Dhcp", "%%2"}},
                {"Service Control Manager", 0x40001B7C, t + 200, {"Spooler", "stopped"}},
            }));
        test::unpackHive("win7-sp1-x86.SYSTEM", dir_.path());
        QVERIFY(QFile::rename(dir_.path() + "/win7-sp1-x86.SYSTEM", windows + "/system32/config/SYSTEM"));
        QString error;
        const PeerFigures peer = figuresOf(readWithPeer(Peer::EvtExport, log, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(peer.records, 7ull); // evtexport reads the fake whole
        const QJsonObject json = jsonObject(runCli({"--windows-dir", windows, "diagnose", "--json"}));
        compareWithPeer(json, peer, "evt");
        for (const char* kind : {"win32k_243", "win32k_244", "popup_dll_init", "service_dll_init"})
            QVERIFY2(json["counts"].toObject()[kind].toInteger() >= 1, kind);
        QCOMPARE(json["sessions"].toObject()["programs"].toInteger(), 1);
        QCOMPARE(json["sessions"].toObject()["unknown"].toInteger(), 3);
        const QJsonArray processes = json["processes"].toArray();
        QCOMPARE(processes.size(), 2);
        QCOMPARE(processes[0]["name"].toString(),
                 QString("EXCEL.EXE")); // then cmd.exe, by name at equal counts
        QCOMPARE(processes[1]["name"].toString(), QString("cmd.exe"));
        QCOMPARE(json["suggested_symptom"].toString(), QString("programs")); // 1 program, 1 service: a tie
        const test::ProcessResult text = runCli({"--windows-dir", windows, "diagnose"});
        QVERIFY(text.out.contains("raising a number would make it worse"));

        const QJsonObject status = jsonObject(runCli({"--windows-dir", windows, "--json", "status"}));
        const QJsonObject lowering = status["lowering"].toObject();
        QCOMPARE(lowering["reason"].toString(), QString("desktop-creation-failed"));
        QCOMPARE(clitest::numbers(lowering["current"]), QString("1024,12288,512"));
        QCOMPARE(clitest::numbers(lowering["proposed"]), QString("1024,12288,256"));
        const auto before = snapshot(windows);
        const QString backups = dir_.path() + "/fake-backups";
        test::ProcessResult apply =
            runCli({"--windows-dir", windows, "--backup-dir", backups, "apply", "--yes"});
        QCOMPARE(apply.exitCode, 1);
        QVERIFY(apply.err.contains("lower the third number"));
        QVERIFY(apply.err.contains("apply --values 1024,12288,256"));
        QCOMPARE(snapshot(windows), before); // nothing written
        QVERIFY(!QFileInfo::exists(backups));
        apply = runCli({"--windows-dir", windows, "--backup-dir", backups, "apply", "--values",
                        "1024,12288,256", "--yes"});
        QVERIFY2(apply.exitCode == 0, apply.err.constData());
        QVERIFY(test::run("hivexget", {windows + "/system32/config/SYSTEM",
                                       "\\ControlSet001\\Control\\Session Manager\\SubSystems", "Windows"})
                    .out.contains("SharedSection=1024,12288,256 "));
    }

    void logsThatCannotBeRead_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("truncated") << "truncated"
                                   << "truncated";
        QTest::newRow("random") << "random"
                                << "not an .evtx";
        QTest::newRow("zero length") << "empty"
                                     << "empty (0 bytes)";
        QTest::newRow("a folder") << "folder"
                                  << "is a folder";
        QTest::newRow("a FIFO") << "fifo"
                                << "named pipe (FIFO)";
        QTest::newRow("a symbolic link") << "link"
                                         << "symbolic link";
        QTest::newRow("missing") << "missing"
                                 << "no System event log below this folder";
    }
    void logsThatCannotBeRead() {
        QFETCH(QString, kind);
        QFETCH(QString, says);
        const QString windows = dir_.path() + "/bad-" + kind + "/Windows";
        const QString logs = windows + "/System32/winevt/Logs";
        QVERIFY(QDir().mkpath(logs));
        const QString good = unpackLog("scm-7000-timeouts.evtx", dir_.path());
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = goodFile.readAll();
        if (kind == "truncated")
            writeFile(logs + "/System.evtx", bytes.left(300000));
        else if (kind == "random")
            writeFile(logs + "/System.evtx", QByteArray(8192, '\x5a'));
        else if (kind == "empty")
            writeFile(logs + "/System.evtx", {});
        else if (kind == "folder")
            QVERIFY(QDir().mkpath(logs + "/System.evtx"));
        else if (kind == "fifo")
            QCOMPARE(::mkfifo(QFile::encodeName(logs + "/System.evtx").constData(), 0600), 0);
        else if (kind == "link")
            QVERIFY(QFile::link(good, logs + "/System.evtx"));
        const auto before = snapshot(dir_.path() + "/bad-" + kind);
        QElapsedTimer timer;
        timer.start();
        const test::ProcessResult result = runCli({"--windows-dir", windows, "diagnose", "--json"});
        QVERIFY2(timer.elapsed() < 20000, "diagnose must not block on the log");
        QCOMPARE(result.exitCode, 2);
        const QJsonObject log = jsonObject(result)["log"].toObject();
        QCOMPARE(log["readable"].toBool(), false);
        QVERIFY2(log["error"].toString().contains(says), qPrintable(log["error"].toString()));
        QVERIFY(result.err.contains("not \"no evidence\""));
        QCOMPARE(jsonObject(result)["suggested_symptom"], QJsonValue(QJsonValue::Null));
        QCOMPARE(snapshot(dir_.path() + "/bad-" + kind), before);
        // status still works on the registry and says the log cannot be read.
        const test::ProcessResult text = runCli({"--windows-dir", windows, "diagnose"});
        QCOMPARE(text.exitCode, 2);
        QVERIFY(text.out.contains(kind == "missing" ? "Event log:     none: "
                                                    : "Event log:     cannot be read: "));
    }

    void targetsWithoutALog() {
        test::ProcessResult result = runCli({"--sample", "win10-x64", "diagnose", "--json"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(jsonObject(result)["log"].toObject()["error"].toString().contains("has no event log"));
        result = runCli({"diagnose"}); // Linux: no live Windows
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("no live Windows registry"));
        result = runCli({"--system-hive", dir_.path() + "/nowhere/SYSTEM", "diagnose"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("System32\\config"));
        // The sample's status says why it shows no evidence.
        const QJsonObject status = jsonObject(runCli({"--sample", "win10-x64", "--json", "status"}));
        QCOMPARE(status["evidence"].toObject()["log"].toObject()["readable"].toBool(), false);
        QCOMPARE(status["symptom_source"].toString(), QString("default"));
    }

private:
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(EvidenceCliTest)
#include "tst_evidence_cli.moc"
