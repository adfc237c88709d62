// `apply --recommended` twice on a SYSTEM hive alone, so that the Windows version is not read but inferred:
// the second run must change nothing. For every real SYSTEM hive in ../shared/testdata/hives and for the
// SYSTEM hive of every built-in sample. (It once did not: NT 4.0's "1024,3072" got ",512", and the three
// numbers then read as "Vista or later, 32-bit", so a second apply raised yyyy to 12288.) The values are
// read back by hivexget, an independent reader; the expected numbers are PRODUCT.md's table by hand.

#include "CliTestKit.h"
#include "HiveTestKit.h"

#include "model/core/SampleCatalog.h"
#include "model/hive/SampleInstallation.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <string>

using namespace heapfix;
using namespace heapfix::clitest;
using heapfix::test::ProcessResult;

namespace {

// The SYSTEM hive of a real installation (with its transaction logs, if it has any) or of a sample.
std::filesystem::path systemHiveOf(const QString& source, const QString& folder) {
    if (source.startsWith("sample:")) {
        const SampleDefinition* sample = findSample(source.mid(7).toStdString());
        if (!sample)
            qFatal("no sample %s", qPrintable(source));
        const auto files = createSampleInstallation(*sample, folder.toStdString());
        if (!files)
            qFatal("sample %s: %s", qPrintable(source), files.error().message().c_str());
        return files->systemHive;
    }
    const auto hive = test::unpackHive(source, folder);
    for (const QString log : {".LOG1", ".LOG2"})
        if (QFile::exists(QString::fromUtf8(test::kHivesDir) + "/" + source + log + ".xz"))
            test::unpackHive(source + log, folder);
    return hive;
}

QString numbersIn(const QString& valueText) {
    const qsizetype start = valueText.indexOf("SharedSection=");
    if (start < 0)
        return {};
    const qsizetype from = start + qsizetype(std::char_traits<char>::length("SharedSection="));
    return valueText.mid(from, valueText.indexOf(' ', from) - from);
}

} // namespace

class CliIdempotenceTest : public QObject {
    Q_OBJECT

private slots:
    void applyingTwiceChangesNothingTheSecondTime_data();
    void applyingTwiceChangesNothingTheSecondTime();
};

void CliIdempotenceTest::applyingTwiceChangesNothingTheSecondTime_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("recommended");
    QTest::addColumn<QString>("windowsLine"); // what `status` prints after "Windows:"
    const QString vista = "Windows Vista or later (from the SubSystems value)";
    const QString unknown = "version unknown (no SOFTWARE hive to read it from)";
    // No "ServerDll=sxssrv,4" (NT 4.0 to 2003): the NT row, yyyy as it is, zzzz at least 512; a 64-bit one
    // (XP x64, 2003 x64) the pre-Vista 64-bit row, 20480/1024. With it: the Vista-and-later rows.
    QTest::newRow("real nt4") << "nt4-sp3-x86.SYSTEM"
                              << "1024,3072"
                              << "1024,3072,512" << unknown + ", 32-bit (inferred)";
    QTest::newRow("real win7") << "win7-sp1-x86.SYSTEM"
                               << "1024,12288,512"
                               << "1024,12288,1024" << vista + ", 32-bit (inferred)";
    QTest::newRow("real win10 (dirty)") << "win10-1709-x64-dirty.SYSTEM"
                                        << "1024,20480,768"
                                        << "1024,20480,2048" << vista + ", 64-bit (inferred)";
    QTest::newRow("sample win10-x64") << "sample:win10-x64"
                                      << "1024,20480,768"
                                      << "1024,20480,2048" << vista + ", 64-bit (inferred)";
    QTest::newRow("sample win11-x64") << "sample:win11-x64"
                                      << "1024,20480,768"
                                      << "1024,20480,2048" << vista + ", 64-bit (inferred)";
    QTest::newRow("sample win7-x86") << "sample:win7-x86"
                                     << "1024,12288,512"
                                     << "1024,12288,1024" << vista + ", 32-bit (inferred)";
    QTest::newRow("sample xp-x86") << "sample:xp-x86"
                                   << "1024,3072,512"
                                   << "1024,3072,512" << unknown + ", 32-bit (inferred)";
    QTest::newRow("sample 2003-x64") << "sample:2003-x64"
                                     << "1024,20480,768"
                                     << "1024,20480,1024" << unknown + ", 64-bit (inferred)";
    QTest::newRow("sample nt4-x86") << "sample:nt4-x86"
                                    << "1024,3072"
                                    << "1024,3072,512" << unknown + ", 32-bit (inferred)";
}

void CliIdempotenceTest::applyingTwiceChangesNothingTheSecondTime() {
    QFETCH(QString, source);
    QFETCH(QString, current);
    QFETCH(QString, recommended);
    QFETCH(QString, windowsLine);
    QTemporaryDir folder;
    QTemporaryDir backups;
    const std::filesystem::path hive = systemHiveOf(source, folder.path());
    const QStringList target{"--system-hive", pathText(hive), "--backup-dir", backups.path()};
    QCOMPARE(numbersIn(test::hivexgetWindows(hive, "ControlSet001")), current);

    const ProcessResult status = runCli(target + QStringList{"status"});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    QVERIFY2(status.out.contains(("Windows:       " + windowsLine + "\n").toUtf8()), status.out.constData());

    const ProcessResult first = runCli(target + QStringList{"--json", "apply", "--recommended", "--yes"});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QJsonObject firstResult = jsonObject(first);
    QCOMPARE(firstResult["outcome"].toString(),
             QString(current == recommended ? "nothing-to-change" : "changed"));
    QCOMPARE(numbersIn(test::hivexgetWindows(hive, "ControlSet001")), recommended);

    const QByteArray afterFirst = test::sha256OfFile(hive);
    const ProcessResult second = runCli(target + QStringList{"--json", "apply", "--recommended", "--yes"});
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(jsonObject(second)["outcome"].toString(), QString("nothing-to-change"));
    QCOMPARE(test::sha256OfFile(hive), afterFirst);
    QCOMPARE(numbersIn(test::hivexgetWindows(hive, "ControlSet001")), recommended);
}

QTEST_GUILESS_MAIN(CliIdempotenceTest)
#include "tst_cli_idempotence.moc"
