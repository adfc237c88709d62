// Which installation heapfix works on, chosen on the welcome page (issue 14 items 2 and 5), in English and
// Dutch: an installation that cannot be opened is said precisely and ends nothing; another one is chosen
// without starting again (the practice installation, a Windows folder with Browse…); the practice
// installation is kept between starts, so that a fix can be restored on the next one, and can be started
// over.

#include "PageIds.h"
#include "Seams.h"
#include "TestSupport.h"
#include "WizardHarness.h"

#include "model/fix/Targets.h"
#include "widgets/StatusLine.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTreeWidget>

using namespace heapfix;
using namespace heapfix::test;
namespace fs = std::filesystem;

namespace {

QString q(const fs::path& path) {
    return QString::fromStdString(path.string());
}

QString valueOfHive(const fs::path& hive) {
    const ProcessResult result =
        run("hivexget", {q(hive), "\\ControlSet001\\Control\\Session Manager\\SubSystems", "Windows"});
    return QString::fromUtf8(result.out).trimmed();
}

void writeFile(const fs::path& file, const QByteArray& bytes) {
    fs::create_directories(file.parent_path());
    QFile out(q(file));
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        qFatal("cannot write %s", file.c_str());
}

// Chooses an entry of the welcome page's "Work on:" list as a user does (activated).
void chooseKind(WizardHarness& run, int row) {
    auto* kind = run.find<QComboBox>("targetKind");
    kind->setCurrentIndex(row);
    emit kind->activated(row);
}

int kindRow(WizardHarness& run, const QString& english, const QString& dutch) {
    auto* kind = run.find<QComboBox>("targetKind");
    for (int row = 0; row < kind->count(); ++row)
        if (kind->itemText(row) == english || kind->itemText(row) == dutch)
            return row;
    return -1;
}

int practiceRow(WizardHarness& run) {
    return kindRow(run, "The practice installation", "De oefeninstallatie");
}

int folderRow(WizardHarness& run) {
    return kindRow(run, "A Windows folder (a disk from another computer)",
                   "Een Windows-map (een schijf van een andere computer)");
}

TargetSpec systemHive(const fs::path& file) {
    TargetSpec spec;
    spec.kind = TargetSpec::Kind::Hives;
    spec.path = file;
    return spec;
}

} // namespace

class TargetChoiceTest : public QObject {
    Q_OBJECT

private slots:
    void init() { Seams::recordOpenedUrls(true); }
    void unopenableInstallationIsSaid_data();
    void unopenableInstallationIsSaid();
    void anotherFolderWithBrowse_data();
    void anotherFolderWithBrowse();
    void practiceKeptBetweenStarts_data();
    void practiceKeptBetweenStarts();
};

void TargetChoiceTest::unopenableInstallationIsSaid_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("kind"); // what the command line named
    QTest::addColumn<QString>("expected");
    const QList<std::array<const char*, 3>> cases = {
        {"truncated", "is cut off", "is afgebroken"},
        {"random", "does not start with \"regf\"", "begint niet met \"regf\""},
        {"empty", "is empty", "is leeg"},
        {"software", "not the SYSTEM hive", "niet de SYSTEM-component"},
        {"folder", "There is no System32\\config\\SYSTEM in", "staat geen System32\\config\\SYSTEM"},
        {"missing", "does not exist", "bestaat niet"},
        {"sample", "There are: win10-x64, ", "Er zijn: win10-x64, "}};
    for (const auto& [kind, english, dutch] : cases) {
        QTest::addRow("%s-en", kind) << "en" << kind << english;
        QTest::addRow("%s-nl", kind) << "nl" << kind << dutch;
    }
}

void TargetChoiceTest::unopenableInstallationIsSaid() {
    QFETCH(QString, language);
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const fs::path root = dir.path().toStdString();
    TargetSpec spec = systemHive(root / "SYSTEM");
    if (kind == "truncated") {
        const fs::path hive = unpackHive("win7-sp1-x86.SYSTEM", dir.path());
        fs::resize_file(hive, 200000);
        spec = systemHive(hive);
    } else if (kind == "random") {
        QByteArray noise(65536, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = static_cast<char>((i * 7919 + 13) % 251);
        writeFile(root / "SYSTEM", noise);
    } else if (kind == "empty") {
        writeFile(root / "SYSTEM", {});
    } else if (kind == "software") {
        auto sample = openTarget(TargetSpec{}); // a real SOFTWARE hive: the sample's
        QVERIFY(sample);
        const fs::path software = fs::path((*sample)->info().path) / "System32" / "config" / "SOFTWARE";
        fs::copy_file(software, root / "SOFTWARE");
        spec = systemHive(root / "SOFTWARE");
    } else if (kind == "folder") {
        fs::create_directories(root / "Windows" / "System32");
        spec.kind = TargetSpec::Kind::WindowsDir;
        spec.path = root / "Windows";
    } else if (kind == "missing") {
        spec.kind = TargetSpec::Kind::WindowsDir;
        spec.path = root / "nowhere" / "Windows";
    } else {
        spec.kind = TargetSpec::Kind::Sample;
        spec.sampleName = "foo";
    }
    WizardHarness run(spec, language);
    QVERIFY(run.wizard().isVisible()); // heapfix goes on
    QCOMPARE(run.page(), int(WelcomePageId));
    auto* summary = run.find<StatusLine>("targetSummary");
    QCOMPARE(summary->kind(), StatusKind::Error);
    QVERIFY2(summary->text().contains(expected), qPrintable(summary->text()));
    QVERIFY(!run.primaryButton()); // nothing to go on with...
    QVERIFY(!run.find<QCommandLinkButton>("choiceFixForMe")->isEnabled());
    QVERIFY(run.find<QComboBox>("targetKind")->isVisible()); // ...but the choice is open

    // The practice installation, chosen on the same page: heapfix goes on.
    chooseKind(run, practiceRow(run));
    QCOMPARE(summary->kind(), StatusKind::Info);
    QVERIFY(summary->text().contains(language == "nl" ? "Oefenmodus" : "Practice mode"));
    QVERIFY(run.choose("choiceFixForMe"));
    QCOMPARE(run.page(), int(SystemCheckPageId));
}

void TargetChoiceTest::anotherFolderWithBrowse_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("nl") << "nl";
}

void TargetChoiceTest::anotherFolderWithBrowse() {
    QFETCH(QString, language);
    QTemporaryDir dir;
    const fs::path windows = fs::path(dir.path().toStdString()) / "disk" / "Windows";
    const fs::path config = windows / "System32" / "config";
    fs::create_directories(config);
    fs::rename(unpackHive("win7-sp1-x86.SYSTEM", dir.path()), config / "SYSTEM");
    WizardHarness run(TargetSpec{}, language);
    QTest::mouseClick(run.find<QPushButton>("changeTarget"), Qt::LeftButton);
    chooseKind(run, folderRow(run));
    Seams::setNextDirectory(dir.path()); // not a Windows folder
    QTest::mouseClick(run.find<QPushButton>("targetFolderBrowse"), Qt::LeftButton);
    QCOMPARE(run.find<StatusLine>("targetSummary")->kind(), StatusKind::Error);
    QVERIFY(run.text("targetSummary").contains("System32"));
    QVERIFY(!run.primaryButton());
    Seams::setNextDirectory(q(windows));
    QTest::mouseClick(run.find<QPushButton>("targetFolderBrowse"), Qt::LeftButton);
    QVERIFY2(run.text("targetSummary").contains(q(windows)), qPrintable(run.text("targetSummary")));
    QCOMPARE(run.find<QLineEdit>("targetFolder")->text(), q(windows));
    QVERIFY(run.choose("choiceFixForMe"));
    QVERIFY(run.clickPrimary());
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(ProposalPageId));
    QCOMPARE(run.text("current1"), language == "nl" ? QString("12288 kB") : QString("12288 KB"));
}

void TargetChoiceTest::practiceKeptBetweenStarts_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("nl") << "nl";
}

// Fix, start heapfix again, restore (as the No page advises): the practice installation is the same one, so
// the fix is there to be restored. "Start the practice over" then makes it afresh; its backups stay.
void TargetChoiceTest::practiceKeptBetweenStarts() {
    QFETCH(QString, language);
    QTemporaryDir dir;
    const fs::path data = fs::path(dir.path().toStdString()) / "data";
    const fs::path hive = data / "practice" / "win10-x64" / "Windows" / "System32" / "config" / "SYSTEM";
    {
        WizardHarness first(TargetSpec{}, language, data);
        QVERIFY(first.choose("choiceFixForMe"));
        QVERIFY(first.clickPrimary()); // system check
        QVERIFY(first.clickPrimary()); // current settings
        QVERIFY(first.clickPrimary()); // proposal
        QVERIFY(first.clickPrimary()); // backup, then the change
        QVERIFY(first.waitUntilApplied());
        QCOMPARE(first.session().heap()->result()->outcome, FixOutcome::Changed);
    }
    QVERIFY(valueOfHive(hive).contains("SharedSection=1024,20480,2048 "));

    WizardHarness second(TargetSpec{}, language, data);
    QVERIFY(second.choose("choiceRestore"));
    auto* list = second.find<QTreeWidget>("backupList");
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("1024,20480,768"));
    QVERIFY(second.text("restorePreview").contains("1024,20480,2048")); // what is there now: the fix
    QVERIFY(second.clickPrimary());
    QVERIFY(second.waitUntilApplied());
    QCOMPARE(second.session().heap()->result()->outcome, FixOutcome::Changed);
    QVERIFY(valueOfHive(hive).contains("SharedSection=1024,20480,768 "));

    // Start the practice over: asked first; "No" changes nothing.
    second.wizard().restart();
    QTest::mouseClick(second.find<QPushButton>("changeTarget"), Qt::LeftButton);
    QVERIFY(second.choose("choiceFixForMe"));
    QVERIFY(second.clickPrimary());
    QVERIFY(second.clickPrimary());
    QVERIFY(second.clickPrimary());
    QVERIFY(second.clickPrimary());
    QVERIFY(second.waitUntilApplied());
    second.wizard().restart();
    QVERIFY(valueOfHive(hive).contains("SharedSection=1024,20480,2048 "));
    QPushButton* startOver = second.find<QPushButton>("startPracticeOver");
    QVERIFY(startOver->isVisible());
    Seams::setNextAnswer(false);
    QTest::mouseClick(startOver, Qt::LeftButton);
    QVERIFY(valueOfHive(hive).contains("SharedSection=1024,20480,2048 "));
    Seams::setNextAnswer(true);
    QTest::mouseClick(startOver, Qt::LeftButton);
    QVERIFY(valueOfHive(hive).contains("SharedSection=1024,20480,768 "));
    QVERIFY(second.text("targetSummary").contains(language == "nl" ? "Oefenmodus" : "Practice mode"));
    QVERIFY(second.regFiles().size() >= 2); // the backups stay
    QVERIFY(second.choose("choiceFixForMe"));
}

QTEST_MAIN(TargetChoiceTest)
#include "tst_TargetChoice.moc"
