// The "Windows does not start: 0xC0000017" path of the real wizard, in English and Dutch, on a disk laid out
// from the real SYSTEM hive and BCD store (tests/boot's BootTestKit, with a bad memory list merged in by
// hivexregedit): what the check page shows, what the repair leaves (read by hivexget, hivexsh and
// hivexregedit), the one-step undo (byte for byte, by sha256), the refusals (no BCD store, a BCD that is not
// a hive, a full or read-only backup folder: a translated error and nothing changed), and the practice run on
// the built-in sample with its generated BCD store.

#include "BootRepairPage.h"
#include "BootTestKit.h"
#include "PageBase.h"
#include "PageIds.h"
#include "Seams.h"
#include "TestSupport.h"
#include "WizardHarness.h"

#include "model/boot/SampleBootStore.h"
#include "model/fix/Targets.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>

#include <cerrno>
#include <cstring>
#include <map>

using namespace heapfix;
using namespace heapfix::test;
namespace fs = std::filesystem;

namespace {

std::string mountError; // why the private mount namespace could not be made (TestSupport), or empty

const QString kEfiLoader = "{733b62e5-f608-11eb-825c-c112f60133ab}";
const QString kBadMemoryList = "\\Objects\\{5189b25c-5558-4bf2-bca4-289b11bd29e2}\\Elements\\1700000a";
const QString kEmsSettings = "\\Objects\\{0ce4991b-e6b3-4b16-b23c-5e0d9250e5d9}\\Elements\\";

// What the technician reads on screen, in each language.
struct Words {
    QString choice, practice, practiceDone, noBcd, notAHive, pagesMarked, notDefault, done, nothingChanged,
        diskFull, readOnly, undone, repair, undoneStage;
    QString stepDone, stepFailed, stepNotDone; // a progress row's outcome
};

const Words& words(const QString& language) {
    static const Words english{"Windows does not start: stop code 0xC0000017",
                               "Practice mode",
                               "This was the practice installation: nothing on this computer has changed.",
                               "No BCD store was found.",
                               "is not a BCD store",
                               "pages marked as bad: 3",
                               "Not at the default location: D:\\pagefile.sys",
                               "Done: the repairs are written, read back and checked.",
                               "Nothing has been changed.",
                               "The disk is full.",
                               "read-only",
                               "Undone: ",
                               "&Repair",
                               "undone",
                               "done",
                               "failed",
                               "not done"};
    static const Words dutch{"Windows start niet: stopcode 0xC0000017",
                             "Oefenmodus",
                             "Dit was de oefeninstallatie: op deze computer is niets veranderd.",
                             "Er is geen BCD-archief gevonden.",
                             "is geen BCD-archief",
                             "als beschadigd gemarkeerde pagina's: 3",
                             "Niet op de standaardlocatie: D:\\pagefile.sys",
                             "Klaar: de reparaties zijn geschreven, teruggelezen en gecontroleerd.",
                             "Er is niets gewijzigd.",
                             "De schijf is vol.",
                             "alleen-lezen",
                             "Ongedaan gemaakt: ",
                             "&Herstellen",
                             "ongedaan gemaakt",
                             "gereed",
                             "mislukt",
                             "niet uitgevoerd"};
    return language == "nl" ? dutch : english;
}

void addLanguages() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("nl") << "nl";
}

QString q(const fs::path& path) {
    return QString::fromStdString(path.string());
}

std::map<fs::path, QByteArray> hashesOf(const fs::path& folder) {
    std::map<fs::path, QByteArray> hashes;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        if (entry.is_regular_file())
            hashes[entry.path()] = sha256OfFile(entry.path());
    return hashes;
}

// A broken installation's disk: the real Windows 7 SYSTEM hive with its page file moved to D:, the real EFI
// store with a bad memory list of three pages and EMS off (both merged in by hivexregedit).
BootDisk brokenDisk(const QString& folder, bool withBcd = true) {
    BootDisk disk = makeBootDisk(folder, "win7-sp1-x86.SYSTEM", withBcd ? "efi-2021.BCD" : QString());
    mergeFixture(disk.systemHive, "system-pagefile-on-d.reg");
    if (withBcd)
        mergeFixture(disk.bcd, "efi-2021-badmemory-ems-off.reg");
    return disk;
}

std::unique_ptr<Target> offlineTarget(const fs::path& windowsDir) {
    TargetSpec spec;
    spec.kind = TargetSpec::Kind::WindowsDir;
    spec.path = windowsDir;
    auto target = openTarget(spec);
    if (!target)
        qFatal("cannot open %s: %s", windowsDir.c_str(), target.error().message().c_str());
    return std::move(*target);
}

// The control sets of a SYSTEM hive, as hivexsh lists them.
QStringList controlSets(const fs::path& hive) {
    const ProcessResult result = run("hivexsh", {q(hive)}, "ls\n");
    QStringList sets;
    for (const QByteArray& line : result.out.split('\n'))
        if (QRegularExpression("^ControlSet\\d{3}$").match(QString::fromUtf8(line.trimmed())).hasMatch())
            sets << QString::fromUtf8(line.trimmed());
    return sets;
}

QString hivexget(const fs::path& hive, const QString& key, const QString& value = {}) {
    QStringList arguments{q(hive), key};
    if (!value.isEmpty())
        arguments << value;
    return QString::fromUtf8(run("hivexget", arguments).out).trimmed();
}

BootRepairPage* repairPage(WizardHarness& run) {
    return qobject_cast<BootRepairPage*>(run.wizard().page(BootRepairPageId));
}

bool waitUntilRepaired(WizardHarness& run) {
    BootRepairPage* page = repairPage(run);
    return QTest::qWaitFor([page] { return page->isDone(); }, 60000);
}

} // namespace

class BootFlowsTest : public QObject {
    Q_OBJECT

private:
    void chooseBootPath(WizardHarness& run, const QString& language);

private slots:
    void init() { Seams::recordOpenedUrls(true); }
    void repairAndUndo_data() { addLanguages(); }
    void repairAndUndo();
    void practiceOnTheSample_data() { addLanguages(); }
    void practiceOnTheSample();
    void sampleBootStoreIsReadByPeers();
    void bcdFromTheCommandLine();
    void missingBcd_data() { addLanguages(); }
    void missingBcd();
    void givenBcdMissing_data() { addLanguages(); }
    void givenBcdMissing();
    void bcdNotAHive_data() { addLanguages(); }
    void bcdNotAHive();
    void backupFolderFull_data() { addLanguages(); }
    void backupFolderFull();
    void backupFolderReadOnly_data() { addLanguages(); }
    void backupFolderReadOnly();
    void everyControlHasAnAccessibleName();
};

// Welcome: the boot choice, a command link, leads to the locate page at once.
void BootFlowsTest::chooseBootPath(WizardHarness& run, const QString& language) {
    QCOMPARE(run.page(), int(WelcomePageId));
    auto* choice = run.find<QCommandLinkButton>("choiceBootRepair");
    QVERIFY(choice);
    QCOMPARE(choice->text().remove('&'), words(language).choice);
    QVERIFY(run.choose("choiceBootRepair"));
    QCOMPARE(run.page(), int(BootLocatePageId));
}

void BootFlowsTest::repairAndUndo() {
    QFETCH(QString, language);
    const Words& w = words(language);
    QTemporaryDir dir;
    const BootDisk disk = brokenDisk(dir.path());
    const auto original = hashesOf(disk.root);
    const fs::path backups = fs::path(dir.path().toStdString()) / "good-disk" / "backups";
    WizardHarness run(offlineTarget(disk.windowsDir), language, backups);
    chooseBootPath(run, language);

    // Locate: prefilled from the target, the store found on the same disk.
    QCOMPARE(run.find<QLineEdit>("bootWindowsDir")->text(), q(disk.windowsDir));
    QVERIFY(run.find<QLineEdit>("bootBcd")->text().isEmpty());
    QCOMPARE(run.find<QLineEdit>("bootBackupFolder")->text(), q(backups));
    QVERIFY(run.text("bootSystemStatus").contains(q(disk.systemHive)));
    QVERIFY(run.text("bootBcdStatus").contains(q(disk.bcd)));
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(BootCheckPageId));

    // Check: what is there, each needed repair preselected.
    QVERIFY(!run.text("bootSpace").isEmpty());
    QVERIFY(run.text("bootBadMemory").contains(w.pagesMarked));
    QVERIFY(run.text("bootBadMemory").contains("0x12345, 0x1, 0xabcdef"));
    QVERIFY(run.text("bootPageFile").contains(w.notDefault));
    QVERIFY(run.text("bootCrashDump").contains("ControlSet001: CrashDumpEnabled 2"));
    QVERIFY(run.text("bootCrashDump").contains("ControlSet002"));
    QVERIFY(run.text("bootEms").contains(kEfiLoader));
    QVERIFY(run.text("bootBcdProblem").isEmpty());
    for (const char* box : {"repairBadMemory", "repairPageFile", "repairCrashDump", "repairEms"}) {
        QVERIFY2(run.find<QCheckBox>(box)->isEnabled(), box);
        QVERIFY2(run.find<QCheckBox>(box)->isChecked(), box);
    }
    QCOMPARE(run.wizard().button(QWizard::CommitButton)->text(), w.repair);
    QCOMPARE(hashesOf(disk.root), original); // nothing written before the commit

    // Repair: every stage done, the backup folder opened on request.
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(BootRepairPageId));
    QVERIFY(waitUntilRepaired(run));
    QCOMPARE(run.text("bootRepairResult"), w.done);
    // The rows: backup, write the BCD store, write SYSTEM, read back and check, as the repair reported them.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(run.text(qPrintable(QStringLiteral("bootStageOutcome%1").arg(i))), w.stepDone);
    QVERIFY(run.text("bootNextSteps").contains("D:\\pagefile.sys"));
    QVERIFY(!run.wizard().button(QWizard::BackButton)->isEnabled() ||
            !run.wizard().button(QWizard::BackButton)->isVisible());
    QTest::mouseClick(run.find<QPushButton>("bootBackupOpen"), Qt::LeftButton);
    QCOMPARE(Seams::openedUrls().size(), 1);
    QVERIFY(Seams::openedUrls().first().startsWith("file://" + q(backups)));

    // What the peers read: the list gone, EMS on with port 1 at 115200, crash dumps and page file as the
    // seed.
    QVERIFY(exportKey(disk.bcd, kBadMemoryList).isEmpty());
    QCOMPARE(exportKey(disk.bcd, "\\Objects\\" + kEfiLoader + "\\Elements\\260000b0"),
             QByteArray("\"Element\"=hex(3):01\n"));
    QCOMPARE(exportKey(disk.bcd, kEmsSettings + "15000022"),
             QByteArray("\"Element\"=hex(3):01,00,00,00,00,00,00,00\n"));
    QCOMPARE(exportKey(disk.bcd, kEmsSettings + "15000023"),
             QByteArray("\"Element\"=hex(3):00,c2,01,00,00,00,00,00\n"));
    const QStringList sets = controlSets(disk.systemHive);
    QCOMPARE(sets, QStringList({"ControlSet001", "ControlSet002"}));
    for (const QString& set : sets) {
        const QString key = "\\" + set + "\\Control\\CrashControl";
        QCOMPARE(hivexget(disk.systemHive, key, "CrashDumpEnabled"), QStringLiteral("1"));
        QCOMPARE(hivexget(disk.systemHive, key, "NMICrashDump"), QStringLiteral("1"));
        QCOMPARE(hivexget(disk.systemHive, key, "DumpFile"), QStringLiteral("%SystemRoot%\\MEMORY.DMP"));
    }
    QCOMPARE(hivexget(disk.systemHive, "\\ControlSet001\\Control\\Session Manager\\Memory Management",
                      "PagingFiles"),
             QStringLiteral("?:\\pagefile.sys"));

    // Undo, after a confirmation: the exact original bytes.
    QPushButton* undo = run.find<QPushButton>("undoBootRepair");
    QVERIFY(undo->isVisible());
    Seams::setNextAnswer(false); // "No" changes nothing
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(run.text("bootRepairResult"), w.done);
    QVERIFY(sha256OfFile(disk.bcd) != original.at(disk.bcd));
    Seams::setNextAnswer(true);
    QTest::mouseClick(undo, Qt::LeftButton);
    // After the undo no line still says the repairs are in place (issue 14 item 6).
    QVERIFY2(run.text("bootRepairResult").startsWith(w.undone), qPrintable(run.text("bootRepairResult")));
    for (int i = 1; i < 4; ++i)
        QCOMPARE(run.text(qPrintable(QStringLiteral("bootStageOutcome%1").arg(i))), w.undoneStage);
    QVERIFY(!run.find<QLabel>("bootNextSteps")->isVisible());
    QVERIFY(!undo->isVisible());
    for (const auto& [file, hash] : original)
        QCOMPARE(sha256OfFile(file), hash);
    QVERIFY(!exportKey(disk.bcd, kBadMemoryList).isEmpty()); // the list is back, as hivexregedit sees it
    QVERIFY(run.clickPrimary());                             // Finish
}

// Practice mode: the sample gets its practice BCD store; the whole path works on it.
void BootFlowsTest::practiceOnTheSample() {
    QFETCH(QString, language);
    const Words& w = words(language);
    auto target = openTarget(TargetSpec{}); // the default on Linux: the sample win10-x64
    QVERIFY2(target, target ? "" : target.error().message().c_str());
    const fs::path windowsDir = (*target)->info().path;
    const fs::path store = sampleBootStorePath(windowsDir.parent_path());
    QVERIFY(!fs::exists(store)); // written only when the boot path is chosen
    WizardHarness run(std::move(*target), language);
    chooseBootPath(run, language);
    QVERIFY(fs::is_regular_file(store));
    QVERIFY(run.text("bootPracticeNote").contains(w.practice));
    QCOMPARE(run.find<QLineEdit>("bootWindowsDir")->text(), q(windowsDir));
    QVERIFY(run.text("bootBcdStatus").contains(q(store)));
    QVERIFY(run.clickPrimary());
    QVERIFY(run.text("bootBadMemory").contains("0x7ff00, 0x7ff01, 0x40000"));
    QVERIFY(run.text("bootEms").contains(
        QString::fromLatin1(kSampleBootLoader.data(), kSampleBootLoader.size())));
    QVERIFY(run.find<QCheckBox>("repairBadMemory")->isChecked());
    QVERIFY(run.find<QCheckBox>("repairEms")->isChecked());
    QVERIFY(run.clickPrimary());
    QVERIFY(waitUntilRepaired(run));
    QCOMPARE(run.text("bootRepairResult"), w.done);
    QVERIFY(run.text("bootNextSteps").contains(w.practiceDone));
    QVERIFY(exportKey(store, kBadMemoryList).isEmpty());
    QCOMPARE(exportKey(store, kEmsSettings + "15000022"),
             QByteArray("\"Element\"=hex(3):01,00,00,00,00,00,00,00\n"));
    const fs::path system = windowsDir / "System32" / "config" / "SYSTEM";
    QCOMPARE(hivexget(system, "\\ControlSet001\\Control\\CrashControl", "NMICrashDump"), QStringLiteral("1"));
}

// The practice store, read by an independent peer: bcdedit's layout, a list of three pages, EMS off.
void BootFlowsTest::sampleBootStoreIsReadByPeers() {
    QTemporaryDir dir;
    const fs::path root = fs::path(dir.path().toStdString()) / "sample";
    auto made = createSampleBootStore(root);
    QVERIFY2(made, made ? "" : made.error().message().c_str());
    QCOMPARE(*made, root / "EFI" / "Microsoft" / "Boot" / "BCD");
    const QSet<QByteArray> lines = exportLines(*made);
    const QByteArray loader(kSampleBootLoader.data(), static_cast<qsizetype>(kSampleBootLoader.size()));
    for (const QByteArray& expected : {
             QByteArray("[\\Objects\\{9dea862c-5cdd-4e70-acc1-f32b344d4795}\\Description]"),
             QByteArray("\"Type\"=dword:10100002"),
             QByteArray("[\\Objects\\" + loader + "\\Description]"),
             QByteArray("\"Type\"=dword:10200003"),
             QByteArray("[\\Objects\\" + loader + "\\Elements\\260000b0]"),
             QByteArray("\"Element\"=hex(3):00"),
             QByteArray("[\\Objects\\{5189b25c-5558-4bf2-bca4-289b11bd29e2}\\Elements\\1700000a]"),
             QByteArray("\"Element\"=hex(3):00,ff,07,00,00,00,00,00,01,ff,07,00,00,00,00,00,00,00,04,00,00,"
                        "00,00,00"),
             QByteArray("[\\Objects\\{0ce4991b-e6b3-4b16-b23c-5e0d9250e5d9}\\Description]"),
             QByteArray("\"Type\"=dword:20100000"),
         })
        QVERIFY2(lines.contains(expected), expected.constData());
    for (const QByteArray& line : lines) {
        QVERIFY2(!line.contains("15000022") && !line.contains("15000023"), line.constData()); // no port, baud
    }
    // {bootmgr}'s default names the loader (REG_SZ, UTF-16LE with its NUL), as hivexget shows it.
    QCOMPARE(
        hivexget(*made, "\\Objects\\{9dea862c-5cdd-4e70-acc1-f32b344d4795}\\Elements\\23000003", "Element"),
        QString::fromLatin1(loader));
    // A second call refuses and leaves the store as it is.
    const QByteArray before = sha256OfFile(*made);
    auto again = createSampleBootStore(root);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Refused);
    QCOMPARE(sha256OfFile(*made), before);
}

// heapfix --windows-dir DIR --bcd FILE: the locate page starts with that store.
void BootFlowsTest::bcdFromTheCommandLine() {
    QTemporaryDir dir;
    const BootDisk disk = brokenDisk(dir.path());
    const fs::path elsewhere = fs::path(dir.path().toStdString()) / "esp" / "BCD";
    fs::create_directories(elsewhere.parent_path());
    fs::copy_file(disk.bcd, elsewhere);
    WizardHarness run(offlineTarget(disk.windowsDir), "en");
    run.session().setBootBcd(elsewhere);
    chooseBootPath(run, "en");
    QCOMPARE(run.find<QLineEdit>("bootBcd")->text(), q(elsewhere));
    QVERIFY(run.text("bootBcdStatus").contains(q(elsewhere)));
    QVERIFY(run.clickPrimary());
    QVERIFY(run.text("bootBadMemory").contains("0x12345"));
}

// No store on the disk: the locate page says where it looked and what to mount; the BCD repairs are off.
void BootFlowsTest::missingBcd() {
    QFETCH(QString, language);
    const Words& w = words(language);
    QTemporaryDir dir;
    const BootDisk disk = brokenDisk(dir.path(), false);
    const auto original = hashesOf(disk.root);
    WizardHarness run(offlineTarget(disk.windowsDir), language);
    chooseBootPath(run, language);
    QCOMPARE(run.find<StatusLine>("bootBcdStatus")->kind(), StatusKind::Warning);
    QVERIFY2(run.text("bootBcdStatus").startsWith(w.noBcd), qPrintable(run.text("bootBcdStatus")));
    QVERIFY(run.text("bootBcdStatus").contains(q(disk.windowsDir)));
    QVERIFY(run.text("bootBcdStatus").contains("EFI\\Microsoft\\Boot\\BCD"));
    QVERIFY(run.clickPrimary()); // the SYSTEM repairs still work
    QCOMPARE(run.page(), int(BootCheckPageId));
    QVERIFY(run.text("bootBcdProblem").contains(w.noBcd));
    for (const char* box : {"repairBadMemory", "repairEms"}) {
        QVERIFY2(!run.find<QCheckBox>(box)->isEnabled(), box);
        QVERIFY2(!run.find<QCheckBox>(box)->isChecked(), box);
    }
    QVERIFY(run.find<QCheckBox>("repairCrashDump")->isEnabled());
    QCOMPARE(hashesOf(disk.root), original);
}

// A store named that does not exist: an error that names it; no way on.
void BootFlowsTest::givenBcdMissing() {
    QFETCH(QString, language);
    QTemporaryDir dir;
    const BootDisk disk = brokenDisk(dir.path());
    const auto original = hashesOf(disk.root);
    WizardHarness run(offlineTarget(disk.windowsDir), language);
    chooseBootPath(run, language);
    const QString missing = dir.path() + "/esp/EFI/Microsoft/Boot/BCD";
    Seams::setNextOpenFileName(missing);
    QTest::mouseClick(run.find<QPushButton>("bootBcdBrowse"), Qt::LeftButton);
    QCOMPARE(run.find<QLineEdit>("bootBcd")->text(), missing);
    QCOMPARE(run.find<StatusLine>("bootSystemStatus")->kind(), StatusKind::Error);
    QVERIFY(run.text("bootSystemStatus").contains(missing));
    QVERIFY(!run.primaryButton());
    // A Windows folder without a SYSTEM hive is said as such.
    Seams::setNextDirectory(dir.path());
    QTest::mouseClick(run.find<QPushButton>("bootWindowsDirBrowse"), Qt::LeftButton);
    QVERIFY(run.text("bootSystemStatus").contains("System32"));
    QVERIFY(!run.primaryButton());
    QCOMPARE(hashesOf(disk.root), original);
}

// A file that is not a hive, chosen as the store: the check page says so, the BCD repairs are off.
void BootFlowsTest::bcdNotAHive() {
    QFETCH(QString, language);
    const Words& w = words(language);
    QTemporaryDir dir;
    const BootDisk disk = brokenDisk(dir.path());
    const fs::path fake = fs::path(dir.path().toStdString()) / "BCD";
    {
        QFile file(q(fake));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(16384, 'x'));
    }
    const auto original = hashesOf(dir.path().toStdString());
    WizardHarness run(offlineTarget(disk.windowsDir), language,
                      fs::path(dir.path().toStdString()) / "elsewhere" / "backups");
    chooseBootPath(run, language);
    Seams::setNextOpenFileName(q(fake));
    QTest::mouseClick(run.find<QPushButton>("bootBcdBrowse"), Qt::LeftButton);
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(BootCheckPageId));
    QVERIFY2(run.text("bootBcdProblem").contains(w.notAHive), qPrintable(run.text("bootBcdProblem")));
    QVERIFY(run.text("bootBcdProblem").contains(q(fake)));
    for (const char* box : {"repairBadMemory", "repairEms"})
        QVERIFY2(!run.find<QCheckBox>(box)->isEnabled(), box);
    QCOMPARE(hashesOf(dir.path().toStdString()), original);
}

// The backup folder on a full disk: the repair stops before any write.
void BootFlowsTest::backupFolderFull() {
    QFETCH(QString, language);
    const Words& w = words(language);
    QVERIFY2(mountError.empty(), mountError.c_str());
    QTemporaryDir dir;
    const BootDisk disk = brokenDisk(dir.path());
    const auto original = hashesOf(disk.root);
    const fs::path full = fs::path(dir.path().toStdString()) / "full";
    fs::create_directories(full);
    QVERIFY2(mount("tmpfs", full.c_str(), "tmpfs", 0, "size=64k") == 0, std::strerror(errno));
    WizardHarness run(offlineTarget(disk.windowsDir), language, full);
    chooseBootPath(run, language);
    QVERIFY(run.clickPrimary());
    QVERIFY(run.clickPrimary());
    const bool repaired = waitUntilRepaired(run);
    const bool empty = fs::is_empty(full);
    umount2(full.c_str(), MNT_DETACH);
    QVERIFY(repaired);
    QCOMPARE(run.find<StatusLine>("bootRepairResult")->kind(), StatusKind::Error);
    const QString result = run.text("bootRepairResult");
    QVERIFY2(result.contains(w.diskFull) && result.contains(w.nothingChanged), qPrintable(result));
    // The backup's row failed; no store was written, nor checked.
    QCOMPARE(run.text("bootStageOutcome0"), w.stepFailed);
    for (int i = 1; i < 4; ++i)
        QCOMPARE(run.text(qPrintable(QStringLiteral("bootStageOutcome%1").arg(i))), w.stepNotDone);
    QVERIFY(!run.find<QPushButton>("undoBootRepair")->isVisible());
    QVERIFY(empty); // no partial backup left behind
    QCOMPARE(hashesOf(disk.root), original);
}

// A read-only backup folder: the same, with the reason.
void BootFlowsTest::backupFolderReadOnly() {
    QFETCH(QString, language);
    const Words& w = words(language);
    QVERIFY2(mountError.empty(), mountError.c_str());
    QTemporaryDir dir;
    const BootDisk disk = brokenDisk(dir.path());
    const auto original = hashesOf(disk.root);
    const fs::path locked = fs::path(dir.path().toStdString()) / "locked";
    fs::create_directories(locked);
    QVERIFY2(mount(locked.c_str(), locked.c_str(), nullptr, MS_BIND, nullptr) == 0, std::strerror(errno));
    QVERIFY2(mount(nullptr, locked.c_str(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) == 0,
             std::strerror(errno));
    WizardHarness run(offlineTarget(disk.windowsDir), language, locked / "backups");
    chooseBootPath(run, language);
    QVERIFY(run.clickPrimary());
    QVERIFY(run.clickPrimary());
    const bool repaired = waitUntilRepaired(run);
    umount2(locked.c_str(), MNT_DETACH);
    QVERIFY(repaired);
    const QString result = run.text("bootRepairResult");
    QCOMPARE(run.find<StatusLine>("bootRepairResult")->kind(), StatusKind::Error);
    QVERIFY2(result.contains(w.readOnly) && result.contains(w.nothingChanged), qPrintable(result));
    QCOMPARE(hashesOf(disk.root), original);
}

// Screen readers: every control on the boot pages has a name.
void BootFlowsTest::everyControlHasAnAccessibleName() {
    QTemporaryDir dir;
    const BootDisk disk = brokenDisk(dir.path());
    WizardHarness run(offlineTarget(disk.windowsDir), "nl", fs::path(dir.path().toStdString()) / "b");
    chooseBootPath(run, "nl");
    for (int page : {BootLocatePageId, BootCheckPageId, BootRepairPageId}) {
        QCOMPARE(run.page(), page);
        if (page == BootRepairPageId)
            QVERIFY(waitUntilRepaired(run));
        for (QWidget* widget : run.wizard().currentPage()->findChildren<QWidget*>()) {
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
                continue;
            const auto* button = qobject_cast<QAbstractButton*>(widget);
            const auto* label = qobject_cast<QLabel*>(widget);
            const bool named = !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty()) ||
                               (label && !label->text().isEmpty());
            QVERIFY2(named, qPrintable(QStringLiteral("page %1: %2 %3 has no accessible name")
                                           .arg(page)
                                           .arg(widget->metaObject()->className(), widget->objectName())));
        }
        if (page != BootRepairPageId)
            QVERIFY(run.clickPrimary());
    }
}

int main(int argc, char** argv) {
    mountError = enterPrivateMountNamespace(); // before QApplication starts threads
    QApplication app(argc, argv);
    BootFlowsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_BootFlows.moc"
