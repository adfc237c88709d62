// Logs that are not what they claim: truncated, random and empty files, a folder, a FIFO, a device, a link,
// a missing file. Each is reported as unreadable with a message that says what is wrong, at once (a FIFO
// never blocks the read), and the file is left as it was. Also where an offline installation's log is found.

#include "PeerLog.h"

#include "model/evidence/Evidence.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace heapfix;

namespace {

std::filesystem::path fsPath(const QString& path) {
    return std::filesystem::path(path.toStdString());
}

QByteArray bytesOf(const QString& file) {
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString& file, const QByteArray& bytes) {
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class BadLogsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        evtx_ = evidencetest::unpackLog("scm-7000-dllinit.evtx", dir_.path());
        evt_ = evidencetest::unpackLog("xp-sp2-SysEvent.Evt", dir_.path());
        QVERIFY(!evtx_.isEmpty() && !evt_.isEmpty());
    }

    void unreadable_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("source"); // LogSource
        QTest::addColumn<int>("code");   // ErrorCode
        QTest::addColumn<QString>("says");
        const int evtx = int(LogSource::Evtx), evt = int(LogSource::Evt);
        QTest::newRow("evtx truncated in a chunk")
            << "cut.evtx" << evtx << int(ErrorCode::Corrupt) << "truncated";
        QTest::newRow("evtx truncated in its header")
            << "short.evtx" << evtx << int(ErrorCode::Corrupt) << "truncated";
        QTest::newRow("evt truncated") << "cut.Evt" << evt << int(ErrorCode::Corrupt) << "truncated";
        QTest::newRow("random bytes as evtx")
            << "random.evtx" << evtx << int(ErrorCode::Corrupt) << "not an .evtx";
        QTest::newRow("random bytes as evt")
            << "random.Evt" << evt << int(ErrorCode::Corrupt) << "not an .Evt";
        QTest::newRow("an .Evt named .evtx")
            << "old.evtx" << evtx << int(ErrorCode::Corrupt) << "old-format .Evt";
        QTest::newRow("zero length") << "empty.evtx" << evtx << int(ErrorCode::Corrupt) << "empty (0 bytes)";
        QTest::newRow("zero length evt")
            << "empty.Evt" << evt << int(ErrorCode::Corrupt) << "empty (0 bytes)";
        QTest::newRow("a folder") << "folder.evtx" << evtx << int(ErrorCode::Refused) << "is a folder";
        QTest::newRow("a FIFO") << "fifo.evtx" << evtx << int(ErrorCode::Refused) << "named pipe (FIFO)";
        QTest::newRow("a device") << "/dev/zero" << evtx << int(ErrorCode::Refused) << "is a device";
        QTest::newRow("a symbolic link to a good log")
            << "link.evtx" << evtx << int(ErrorCode::Refused) << "symbolic link";
        QTest::newRow("missing") << "missing.evtx" << evtx << int(ErrorCode::NotFound) << "no log file here";
        QTest::newRow("missing folder")
            << "nowhere/System.evtx" << evtx << int(ErrorCode::NotFound) << "no log file here";
    }

    void unreadable() {
        QFETCH(QString, name);
        QFETCH(int, source);
        QFETCH(int, code);
        QFETCH(QString, says);
        const QString file = name.startsWith('/') ? name : dir_.path() + "/bad/" + name;
        QDir().mkpath(dir_.path() + "/bad");
        make(name, file);
        const QByteArray before = QFileInfo(file).isFile() ? bytesOf(file) : QByteArray();
        QElapsedTimer timer;
        timer.start();
        int handed = 0;
        const LogStatus status = readEventLog(LogLocation{LogSource(source), fsPath(file)},
                                              [&handed](const RenderedEvent&) { ++handed; });
        QVERIFY2(timer.elapsed() < 10000, "reading a bad log must not block");
        QVERIFY(!status.readable);
        QVERIFY(status.error);
        QCOMPARE(handed, 0);
        QCOMPARE(int(status.error->code), code);
        QVERIFY2(QString::fromStdString(status.error->detail).contains(says),
                 status.error->message().c_str());
        QCOMPARE(QString::fromStdString(status.error->subject), file);
        QCOMPARE(status.records, 0ull);
        if (QFileInfo(file).isFile() && !QFileInfo(file).isSymLink())
            QCOMPARE(bytesOf(file), before); // read only: nothing written
        // Through the use-case: an unreadable log has no findings at all, never "no evidence".
        const EvidenceReport report = gatherEvidence(LogLocation{LogSource(source), fsPath(file)});
        QVERIFY(!report.log.readable);
        QVERIFY(report.findings.empty());
        QVERIFY(!report.suggestedSymptom());
    }

    void liveLogIsNotHereOnLinux() {
        const LogStatus status = readEventLog(LogLocation{LogSource::Live, {}}, [](const RenderedEvent&) {});
        QVERIFY(!status.readable);
        QCOMPARE(int(status.error->code), int(ErrorCode::Unsupported));
        QCOMPARE(QString::fromStdString(status.path), QString("System"));
    }

    void offlineLogIsFound() {
        const QString root = dir_.path() + "/install";
        QVERIFY(QDir().mkpath(root + "/WINDOWS/system32/CONFIG"));
        QVERIFY(QDir().mkpath(root + "/WINDOWS/system32/WinEvt/logs"));
        // Nothing yet: a clear NotFound that names both places.
        auto found = findOfflineLog(fsPath(root + "/WINDOWS"));
        QVERIFY(!found);
        QVERIFY(QString::fromStdString(found.error().detail).contains("System32\\winevt\\Logs\\System.evtx"));
        QVERIFY(QString::fromStdString(found.error().detail).contains("SysEvent.Evt"));
        // The old log alone (an XP installation), found case-insensitively, also from the drive root.
        QVERIFY(QFile::copy(evt_, root + "/WINDOWS/system32/CONFIG/sysevent.evt"));
        found = findOfflineLog(fsPath(root));
        QVERIFY(found);
        QCOMPARE(int(found->source), int(LogSource::Evt));
        QCOMPARE(QString::fromStdString(found->path.string()),
                 root + "/WINDOWS/system32/CONFIG/sysevent.evt");
        // Both (an upgraded installation keeps its old .Evt): the .evtx, which Windows writes now.
        QVERIFY(QFile::copy(evtx_, root + "/WINDOWS/system32/WinEvt/logs/SYSTEM.EVTX"));
        found = findOfflineLog(fsPath(root + "/WINDOWS"));
        QVERIFY(found);
        QCOMPARE(int(found->source), int(LogSource::Evtx));
        // A link on the way is not followed.
        const QString linked = dir_.path() + "/linked";
        QVERIFY(QDir().mkpath(linked + "/Windows"));
        QVERIFY(QFile::link(root + "/WINDOWS/system32", linked + "/Windows/System32"));
        found = findOfflineLog(fsPath(linked + "/Windows"));
        QVERIFY(!found);
        QCOMPARE(int(found.error().code), int(ErrorCode::Refused));
        QVERIFY(QString::fromStdString(found.error().detail).contains("symbolic link"));
        QVERIFY(!findOfflineLog(fsPath(dir_.path() + "/no-such-folder")));
    }

    void targetsLog() {
        TargetInfo sample;
        sample.kind = TargetKind::Sample;
        sample.sampleName = "win10-x64";
        auto where = logLocationFor(sample);
        QVERIFY(!where);
        QVERIFY(
            QString::fromStdString(where.error().detail).contains("sample installation has no event log"));
        const EvidenceReport report = gatherEvidence(sample);
        QVERIFY(!report.log.readable && !report.log.source);
        TargetInfo hive;
        hive.kind = TargetKind::Offline;
        hive.path = (dir_.path() + "/install/WINDOWS/system32/CONFIG/SYSTEM").toStdString();
        where = logLocationFor(hive);
        QVERIFY(where);
        QCOMPARE(int(where->source), int(LogSource::Evtx));
        hive.path = (dir_.path() + "/elsewhere/SYSTEM").toStdString();
        QVERIFY(!logLocationFor(hive));
    }

private:
    void make(const QString& name, const QString& file) {
        const QByteArray good = bytesOf(evtx_);
        if (name == "cut.evtx")
            writeBytes(file, good.left(4096 + 65536 + 1000));
        else if (name == "short.evtx")
            writeBytes(file, good.left(2000));
        else if (name == "cut.Evt")
            writeBytes(file, bytesOf(evt_).left(500000));
        else if (name.startsWith("random")) {
            QByteArray bytes(1 << 20, '\0');
            QRandomGenerator generator(13);
            for (char& c : bytes)
                c = char(generator.bounded(256));
            writeBytes(file, bytes);
        } else if (name == "old.evtx")
            writeBytes(file, bytesOf(evt_));
        else if (name.startsWith("empty"))
            writeBytes(file, {});
        else if (name == "folder.evtx")
            QVERIFY(QDir().mkpath(file));
        else if (name == "fifo.evtx")
            QCOMPARE(::mkfifo(file.toLocal8Bit().constData(), 0600), 0);
        else if (name == "link.evtx")
            QVERIFY(QFile::link(evtx_, file));
    }

    QTemporaryDir dir_;
    QString evtx_, evt_;
};

QTEST_GUILESS_MAIN(BadLogsTest)
#include "tst_evidence_badlogs.moc"
