// heapfix's options: parsed as documented; --help and --version answer without any display; a target that
// cannot be opened is said in the user's language with a non-zero exit code.

#include "CommandLine.h"
#include "TestSupport.h"

#include <QProcess>
#include <QTest>

using namespace heapfix;

namespace {

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real binary with no display at all: no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM.
Outcome runHeapfix(const QStringList& arguments, bool offscreen = false) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(name);
    if (offscreen)
        environment.insert("QT_QPA_PLATFORM", "offscreen");
    environment.insert("XDG_DATA_HOME", QDir::tempPath() + "/heapfix-cli-test-data");
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QString::fromUtf8(HEAPFIX_GUI_BINARY), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

} // namespace

class CommandLineTest : public QObject {
    Q_OBJECT

private slots:
    void parsesTargets();
    void rejectsWrongArguments();
    void helpWithoutDisplay_data();
    void helpWithoutDisplay();
    void versionWithoutDisplay();
    void wrongOptionExitsWithUsage();
    void unreadableTargetIsSaid_data();
    void unreadableTargetIsSaid();
    void bcdNeedsWindowsDir_data();
    void bcdNeedsWindowsDir();
};

void CommandLineTest::parsesTargets() {
    CommandLine line = CommandLine::parse({"heapfix", "--system-hive", "/m/SYSTEM", "--software-hive",
                                           "/m/SOFTWARE", "--backup-dir", "/stick/backups", "--lang", "nl"});
    QVERIFY(line.error.isEmpty());
    QCOMPARE(line.target.kind, TargetSpec::Kind::Hives);
    QCOMPARE(line.target.path, std::filesystem::path("/m/SYSTEM"));
    QCOMPARE(line.target.softwareHive, std::filesystem::path("/m/SOFTWARE"));
    QCOMPARE(*line.backupFolder, std::filesystem::path("/stick/backups"));
    QCOMPARE(line.language, QStringLiteral("nl"));
    line = CommandLine::parse({"heapfix", "--sample", "xp-x86"});
    QCOMPARE(line.target.kind, TargetSpec::Kind::Sample);
    QCOMPARE(line.target.sampleName, std::string("xp-x86"));
    line = CommandLine::parse({"heapfix", "--windows-dir", "/mnt/c/Windows"});
    QCOMPARE(line.target.kind, TargetSpec::Kind::WindowsDir);
    QVERIFY(!line.bcd);
    QCOMPARE(CommandLine::parse({"heapfix"}).target.kind, TargetSpec::Kind::Default);
    line = CommandLine::parse(
        {"heapfix", "--windows-dir", "/mnt/c/Windows", "--bcd", "/mnt/esp/EFI/Microsoft/Boot/BCD"});
    QVERIFY(line.error.isEmpty());
    QCOMPARE(line.target.kind, TargetSpec::Kind::WindowsDir);
    QCOMPARE(*line.bcd, std::filesystem::path("/mnt/esp/EFI/Microsoft/Boot/BCD"));
    line =
        CommandLine::parse({"heapfix", "--bcd", "/esp/BCD", "--windows-dir", "/mnt/c/Windows"}); // any order
    QVERIFY(line.error.isEmpty());
    QCOMPARE(*line.bcd, std::filesystem::path("/esp/BCD"));
}

void CommandLineTest::rejectsWrongArguments() {
    QVERIFY(!CommandLine::parse({"heapfix", "--lang", "de"}).error.isEmpty());
    QVERIFY(!CommandLine::parse({"heapfix", "--sample"}).error.isEmpty());
    QVERIFY(!CommandLine::parse({"heapfix", "--software-hive", "x"}).error.isEmpty());
    QVERIFY(!CommandLine::parse({"heapfix", "--frobnicate"}).error.isEmpty());
    QVERIFY(!CommandLine::parse({"heapfix", "--bcd", "/esp/BCD"}).error.isEmpty());
    QVERIFY(!CommandLine::parse({"heapfix", "--sample", "win10-x64", "--bcd", "/esp/BCD"}).error.isEmpty());
    QVERIFY(
        !CommandLine::parse({"heapfix", "--system-hive", "/m/SYSTEM", "--bcd", "/esp/BCD"}).error.isEmpty());
    QVERIFY(!CommandLine::parse({"heapfix", "--windows-dir", "/mnt/c/Windows", "--bcd"}).error.isEmpty());
}

void CommandLineTest::helpWithoutDisplay_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "en"
                        << "Usage: heapfix [options]";
    QTest::newRow("nl") << "nl"
                        << "Gebruik: heapfix [opties]";
}

void CommandLineTest::helpWithoutDisplay() {
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const Outcome outcome = runHeapfix({"--lang", language, "--help"});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.out.startsWith(expected), qPrintable(outcome.out + outcome.err));
    QVERIFY(outcome.out.contains("--windows-dir"));
    QVERIFY(outcome.out.contains("win10-x64"));
    QVERIFY(outcome.out.contains("--bcd "));
    QVERIFY(outcome.out.contains("0xC0000017"));
}

void CommandLineTest::versionWithoutDisplay() {
    const Outcome outcome = runHeapfix({"--version"});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY(outcome.out.startsWith("heapfix "));
    QVERIFY(outcome.out.contains(QRegularExpression("\\d+\\.\\d+\\.\\d+")));
}

void CommandLineTest::wrongOptionExitsWithUsage() {
    const Outcome outcome = runHeapfix({"--lang", "en", "--frobnicate"});
    QCOMPARE(outcome.exitCode, 64);
    QVERIFY(outcome.err.contains("--frobnicate"));
}

void CommandLineTest::unreadableTargetIsSaid_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "en"
                        << "The folder /nonexistent/Windows does not exist.";
    QTest::newRow("nl") << "nl"
                        << "De map /nonexistent/Windows bestaat niet.";
}

// A target that cannot be opened is said precisely, in the user's language, and heapfix stays open: the
// welcome page offers another installation (issue 14 item 2; tst_TargetChoice walks that page).
void CommandLineTest::unreadableTargetIsSaid() {
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("QT_QPA_PLATFORM", "offscreen");
    environment.insert("XDG_DATA_HOME", QDir::tempPath() + "/heapfix-cli-test-data");
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QString::fromUtf8(HEAPFIX_GUI_BINARY),
                  {"--lang", language, "--windows-dir", "/nonexistent/Windows"});
    QString err;
    const bool said = QTest::qWaitFor(
        [&] {
            process.waitForReadyRead(100);
            err += QString::fromLocal8Bit(process.readAllStandardError());
            return err.contains(expected) || process.state() == QProcess::NotRunning;
        },
        30000);
    const bool stillOpen = process.state() == QProcess::Running && !process.waitForFinished(1000);
    process.kill();
    process.waitForFinished();
    QVERIFY2(said && err.contains(expected), qPrintable(err));
    QVERIFY(stillOpen);
}

void CommandLineTest::bcdNeedsWindowsDir_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "en"
                        << "--bcd needs --windows-dir as well";
    QTest::newRow("nl") << "nl"
                        << "--bcd werkt alleen samen met --windows-dir";
}

// --bcd alone is a usage error, said in the user's language, before any window.
void CommandLineTest::bcdNeedsWindowsDir() {
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const Outcome outcome = runHeapfix({"--lang", language, "--bcd", "/esp/EFI/Microsoft/Boot/BCD"});
    QCOMPARE(outcome.exitCode, 64);
    QVERIFY2(outcome.err.contains(expected), qPrintable(outcome.err));
}

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_CommandLine.moc"
