// Issue 11 item 11, on real hives with real peers: an invalid value type (0x7FFFFFFF, set with hivexsh) in
// Select\Current is refused clearly (exit 2, the type number named; the asan stage runs it under UBSan); a
// write refused before it starts (a dirty hive without its logs) leaves no backup behind and the hive
// byte-identical. (A read-only hive: tst_cli_badinput::readOnlyHive; stdout on /dev/full: cli_output_full.)

#include "CliTestKit.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace heapfix::clitest;
using heapfix::test::ProcessResult;

class CliSmallTruthsTest : public QObject {
    Q_OBJECT

private slots:
    void invalidTypeInSelectCurrent();
    void dirtyHiveWithoutLogsLeavesNoBackup();
    void valueTooLargeForARegFileIsNotAboutSpace();
};

void CliSmallTruthsTest::invalidTypeInSelectCurrent() {
    QTemporaryDir folder;
    QTemporaryDir backups;
    const QString hive = pathText(heapfix::test::unpackHive("win7-sp1-x86.SYSTEM", folder.path()));
    const ProcessResult set = heapfix::test::run(
        "hivexsh", {"-w", hive}, "cd \\Select\nsetval 1\nCurrent\nhex:0x7fffffff:01,00,00,00\ncommit\n");
    QVERIFY2(set.exitCode == 0, set.err.constData());
    const ProcessResult lsval = heapfix::test::run("hivexsh", {hive}, "cd \\Select\nlsval\n");
    QVERIFY2(lsval.out.contains("\"Current\"=hex(2147483647):01,00,00,00"), lsval.out.constData());
    const QMap<QString, QByteArray> before = snapshot(folder.path());
    for (const QStringList& command : {QStringList{"status"}, QStringList{"apply", "--yes"}}) {
        const ProcessResult run =
            runCli(QStringList{"--system-hive", hive, "--backup-dir", backups.path()} + command);
        QVERIFY2(run.exitCode == 2, run.err.constData());
        QVERIFY2(run.err.contains("Select\\Current") && run.err.contains("0x7fffffff"), run.err.constData());
        QVERIFY2(!run.err.contains("runtime error"),
                 run.err.constData()); // UBSan's report, in the asan stage
    }
    QCOMPARE(snapshot(folder.path()), before);
    QVERIFY(snapshot(backups.path()).isEmpty());
}

void CliSmallTruthsTest::dirtyHiveWithoutLogsLeavesNoBackup() {
    QTemporaryDir folder;
    QTemporaryDir backups;
    const QString hive = pathText(heapfix::test::unpackHive("win10-1709-x64-dirty.SYSTEM", folder.path()));
    const QMap<QString, QByteArray> before = snapshot(folder.path());
    const ProcessResult apply =
        runCli({"--system-hive", hive, "--backup-dir", backups.path(), "--json", "apply", "--yes"});
    QVERIFY2(apply.exitCode == 3, apply.err.constData());
    const QJsonObject result = jsonObject(apply);
    QCOMPARE(result["changed"].toBool(), false);
    QCOMPARE(result["outcome"].toString(), QString("write-failed"));
    QCOMPARE(snapshot(folder.path()), before);
    QVERIFY2(snapshot(backups.path()).isEmpty(), qPrintable(snapshot(backups.path()).keys().join(", ")));
}

void CliSmallTruthsTest::valueTooLargeForARegFileIsNotAboutSpace() {
    // A 900 KB value (merged with hivexregedit) makes a .reg larger than the reader's 1 MiB: the backup is
    // refused and the advice is not "free space" (no folder helps); nothing is changed or left behind.
    QTemporaryDir folder;
    QTemporaryDir backups;
    const QString hive = pathText(heapfix::test::unpackHive("win7-sp1-x86.SYSTEM", folder.path()));
    const QString text =
        "%SystemRoot%\\system32\\csrss.exe ObjectDirectory=\\Windows SharedSection=1024,3072,256 "
        "Windows=On " +
        QString(450000, 'X');
    QStringList hex;
    for (const char byte : utf16WithNul(text))
        hex << QString::number(static_cast<unsigned char>(byte), 16).rightJustified(2, '0');
    const QString reg = folder.path() + "/big.reg";
    {
        QFile out(reg);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(
            "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Control\\"
            "Session Manager\\SubSystems]\n\"Windows\"=hex(2):" +
            hex.join(',').toLatin1() + "\n");
    }
    const ProcessResult merge =
        heapfix::test::run("hivexregedit", {"--merge", "--prefix", "HKEY_LOCAL_MACHINE\\SYSTEM", hive, reg});
    QVERIFY2(merge.exitCode == 0, merge.err.constData());
    QFile::remove(reg);
    const QMap<QString, QByteArray> before = snapshot(folder.path());
    const ProcessResult apply =
        runCli({"--system-hive", hive, "--backup-dir", backups.path(), "apply", "--yes"});
    QVERIFY2(apply.exitCode == 4, apply.err.constData());
    QVERIFY2(!apply.err.contains("free space"), apply.err.constData());
    QVERIFY2(apply.err.contains("No other folder helps"), apply.err.constData());
    QCOMPARE(snapshot(folder.path()), before);
    QVERIFY(snapshot(backups.path()).isEmpty());
}

QTEST_APPLESS_MAIN(CliSmallTruthsTest)
#include "tst_cli_smalltruths.moc"
