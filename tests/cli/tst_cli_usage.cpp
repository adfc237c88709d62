// heapfix-cli's command line itself: help and version, usage errors, --values validation, the question
// before a change (on a terminal, and refused without one), and the default backup folder.

#include "CliTestKit.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace heapfix::clitest;
using heapfix::test::ProcessResult;

class CliUsageTest : public QObject {
    Q_OBJECT

private slots:
    void helpDocumentsCommandsAndExitCodes();
    void version();
    void usageErrors_data();
    void usageErrors();
    void noTargetOnLinuxNamesTheOptions();
    void badValues_data();
    void badValues();
    void valuesWithWarnings();
    void applyWithoutYesAndNoTerminalIsRefused();
    void applyAsksOnATerminal_data();
    void applyAsksOnATerminal();
    void defaultBackupFolderIsTheDataLocation();
    void relativePathsAreReportedAbsolute();
};

void CliUsageTest::helpDocumentsCommandsAndExitCodes() {
    const ProcessResult help = runCli({"--help"});
    QCOMPARE(help.exitCode, 0);
    for (const char* expected :
         {"status", "apply", "backups", "restore", "--sample", "--windows-dir", "--system-hive",
          "--software-hive", "--backup-dir", "--json", "--version", "Exit codes:"})
        QVERIFY2(help.out.contains(expected), expected);
    for (int code = 0; code <= 5; ++code)
        QVERIFY2(help.out.contains("\n  " + QByteArray::number(code) + "  "),
                 qPrintable(QString::number(code)));
    const ProcessResult applyHelp = runCli({"apply", "--help"});
    QCOMPARE(applyHelp.exitCode, 0);
    for (const char* expected : {"--recommended", "--values", "--symptom", "--yes"})
        QVERIFY2(applyHelp.out.contains(expected), expected);
}

void CliUsageTest::version() {
    const ProcessResult version = runCli({"--version"});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QByteArray("heapfix-cli " HEAPFIX_VERSION));
}

void CliUsageTest::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentioned"); // on stderr
    QTest::newRow("no command") << QStringList{"--sample", "win10-x64"} << "subcommand";
    QTest::newRow("unknown command") << QStringList{"--sample", "win10-x64", "fix"} << "fix";
    QTest::newRow("unknown option") << QStringList{"--sample", "win10-x64", "--force", "status"} << "--force";
    QTest::newRow("two targets") << QStringList{"--sample", "win10-x64", "--windows-dir", "/tmp", "status"}
                                 << "--windows-dir";
    QTest::newRow("software without system")
        << QStringList{"--software-hive", "/tmp/SOFTWARE", "status"} << "--system-hive";
    QTest::newRow("unknown sample") << QStringList{"--sample", "win95", "status"}
                                    << "the samples are: win10-x64";
    QTest::newRow("bad symptom") << QStringList{"--sample",  "win10-x64", "apply",
                                                "--symptom", "slow",      "--yes"}
                                 << "slow";
    QTest::newRow("recommended and values")
        << QStringList{"--sample", "win10-x64", "apply", "--recommended", "--values", "20480,2048"}
        << "--values";
    QTest::newRow("restore without file") << QStringList{"--sample", "win10-x64", "restore"} << "FILE";
}

void CliUsageTest::usageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentioned);
    const ProcessResult result = runCli(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(mentioned.toUtf8()), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void CliUsageTest::noTargetOnLinuxNamesTheOptions() {
    const ProcessResult result = runCli({"status"});
    QCOMPARE(result.exitCode, 1);
    for (const char* option : {"--sample", "--windows-dir", "--system-hive", "--software-hive"})
        QVERIFY2(result.err.contains(option), result.err.constData());
    const ProcessResult json = runCli({"--json", "apply", "--yes"});
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(jsonObject(json)["exit_code"].toInt(), 1);
}

void CliUsageTest::badValues_data() {
    QTest::addColumn<QString>("values");
    QTest::addColumn<QString>("reason");
    QTest::newRow("below minimum") << "20480,64"
                                   << "below the minimum of 128";
    QTest::newRow("above maximum") << "20480,70000"
                                   << "above the maximum of 65536";
    QTest::newRow("not a number") << "20480,lots"
                                  << "not a number";
    QTest::newRow("one number") << "20480"
                                << "only one number";
    QTest::newRow("four numbers") << "1024,20480,2048,1"
                                  << "more than three";
    QTest::newRow("empty number") << "20480,,2048"
                                  << "missing";
    QTest::newRow("negative") << "20480,-2048"
                              << "negative";
}

void CliUsageTest::badValues() {
    // Refused before anything is written: exit 1, the reason in words, no backup.
    QFETCH(QString, values);
    QFETCH(QString, reason);
    QTemporaryDir backups;
    const ProcessResult apply = runCli(
        {"--sample", "win10-x64", "--backup-dir", backups.path(), "apply", "--values", values, "--yes"});
    QCOMPARE(apply.exitCode, 1);
    QVERIFY2(apply.err.contains(("--values " + values).toUtf8()), apply.err.constData());
    QVERIFY2(apply.err.contains(reason.toUtf8()), apply.err.constData());
    QVERIFY(QDir(backups.path()).isEmpty());
}

void CliUsageTest::valuesWithWarnings() {
    // Above Microsoft's ceiling is allowed, with a warning; Y,Z keeps xxxx.
    QTemporaryDir backups;
    const ProcessResult apply = runCli({"--sample", "win10-x64", "--backup-dir", backups.path(), "--json",
                                        "apply", "--values", "24576,2048", "--yes"});
    QCOMPARE(apply.exitCode, 0);
    QVERIFY2(apply.err.contains(
                 "warning: yyyy (interactive desktops) 24576 KB is above the advised ceiling of 20480"),
             apply.err.constData());
    const QJsonObject result = jsonObject(apply);
    QCOMPARE(numbers(result["after"]["shared_section"]), QString("1024,24576,2048"));
    QCOMPARE(result["warnings"].toArray().size(), 1);
    QCOMPARE(result["warnings"][0]["code"].toString(), QString("interactive-above-ceiling"));
}

void CliUsageTest::applyWithoutYesAndNoTerminalIsRefused() {
    QTemporaryDir folder;
    QTemporaryDir backups;
    const QString hive = pathText(heapfix::test::unpackHive("nt4-sp3-x86.SYSTEM", folder.path()));
    const QMap<QString, QByteArray> before = snapshot(folder.path());
    const ProcessResult apply =
        runCli({"--system-hive", hive, "--backup-dir", backups.path(), "apply"}, "y\n");
    QCOMPARE(apply.exitCode, 1);
    QVERIFY2(apply.err.contains("--yes"), apply.err.constData());
    QCOMPARE(snapshot(folder.path()), before);
    QVERIFY(QDir(backups.path()).isEmpty());
}

void CliUsageTest::applyAsksOnATerminal_data() {
    QTest::addColumn<QByteArray>("typed");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("yes") << QByteArray("y\n") << 0;
    QTest::newRow("no") << QByteArray("n\n") << 1;
    QTest::newRow("just enter") << QByteArray("\n") << 1;
}

void CliUsageTest::applyAsksOnATerminal() {
    QFETCH(QByteArray, typed);
    QFETCH(int, exitCode);
    QTemporaryDir folder;
    QTemporaryDir backups;
    const QString hive = pathText(heapfix::test::unpackHive("nt4-sp3-x86.SYSTEM", folder.path()));
    const QByteArray before = heapfix::test::sha256OfFile(hive.toStdString());
    const ProcessResult apply =
        runCliOnTerminal({"--system-hive", hive, "--backup-dir", backups.path(), "apply"}, typed);
    QCOMPARE(apply.exitCode, exitCode);
    QVERIFY2(apply.out.contains("Apply? [y/N]"), apply.out.constData()); // script(1) merges both streams
    QCOMPARE(heapfix::test::sha256OfFile(hive.toStdString()) == before, exitCode != 0);
    QCOMPARE(QDir(backups.path()).isEmpty(), exitCode != 0);
}

void CliUsageTest::defaultBackupFolderIsTheDataLocation() {
    // Without --backup-dir: the per-user data folder ($XDG_DATA_HOME/heapfix/backups here).
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("XDG_DATA_HOME", home.path());
    process.setProcessEnvironment(environment);
    process.start(cliPath(), {"--sample", "nt4-x86", "--json", "apply", "--yes"});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject result = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QVERIFY2(result["backup"]["reg"].toString().startsWith(home.path() + "/heapfix/backups/"),
             qPrintable(result["backup"]["reg"].toString()));
    process.start(cliPath(), {"--json", "backups"});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(QJsonDocument::fromJson(process.readAllStandardOutput()).array().size(), 1);
}

void CliUsageTest::relativePathsAreReportedAbsolute() {
    // A script runs from some folder with relative paths; the JSON and the backup record name absolute ones.
    QTemporaryDir folder;
    heapfix::test::unpackHive("nt4-sp3-x86.SYSTEM", folder.path());
    QProcess process;
    process.setWorkingDirectory(folder.path());
    process.start(cliPath(),
                  {"--system-hive", "nt4-sp3-x86.SYSTEM", "--backup-dir", "bk", "--json", "apply", "--yes"});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject result = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(result["target"]["path"].toString(), folder.path() + "/nt4-sp3-x86.SYSTEM");
    QVERIFY2(result["backup"]["reg"].toString().startsWith(folder.path() + "/bk/"),
             qPrintable(result["backup"]["reg"].toString()));
}

QTEST_APPLESS_MAIN(CliUsageTest)
#include "tst_cli_usage.moc"
