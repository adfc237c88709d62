// What a user meets on the pages, in English and Dutch (issue 14): where the diagnostic report goes and what
// its buttons do (item 3); what each page says for this computer, an offline installation and the practice
// one (item 4); controls that did nothing or confused (item 6); the words (item 9); and the look: command
// links with one default, the same buttons and icons for the same job (item 10).

#include "DiagnosticReport.h"
#include "FakeStoreTarget.h"
#include "PageIds.h"
#include "Seams.h"
#include "TestSupport.h"
#include "WizardHarness.h"

#include "model/backup/FeedbackLog.h"
#include "widgets/SavedPath.h"

#include <QCheckBox>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QDir>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace heapfix;
using namespace heapfix::test;
namespace fs = std::filesystem;

namespace {

std::unique_ptr<FakeStoreTarget> fake(std::u16string_view numbers, TargetKind kind = TargetKind::Offline) {
    return std::make_unique<FakeStoreTarget>(windows10x64(), windowsValue(numbers), kind);
}

void addLanguages() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("nl") << "nl";
}

QString pick(const QString& language, const char* english, const char* dutch) {
    return QString::fromUtf8(language == "nl" ? dutch : english);
}

// Welcome -> System check -> Current settings -> Proposal.
bool toProposal(WizardHarness& run) {
    return run.choose("choiceFixForMe") && run.clickPrimary() && run.clickPrimary() &&
           run.page() == ProposalPageId;
}

// ... -> Backup -> Apply, waited for.
bool throughApply(WizardHarness& run) {
    return toProposal(run) && run.clickPrimary() && run.clickPrimary() && run.waitUntilApplied();
}

bool sameIcon(const QIcon& icon, const char* file) {
    return icon.pixmap(QSize(16, 16)).toImage() ==
           QIcon(QString::fromLatin1(file)).pixmap(QSize(16, 16)).toImage();
}

} // namespace

class PageDetailsTest : public QObject {
    Q_OBJECT

private slots:
    void init() { Seams::recordOpenedUrls(true); }
    void reportGoesWhereAHelpdeskLooks();
    void reportSavedWithOpenAndCopy_data() { addLanguages(); }
    void reportSavedWithOpenAndCopy();
    void wordingFitsTheInstallation_data();
    void wordingFitsTheInstallation();
    void todaysNumbersEndWithFinish_data() { addLanguages(); }
    void todaysNumbersEndWithFinish();
    void backAndNextMakeNoSecondBackup_data() { addLanguages(); }
    void backAndNextMakeNoSecondBackup();
    void restoreSaysRestore_data() { addLanguages(); }
    void restoreSaysRestore();
    void openFolderWithoutAFileManagerIsSaid_data() { addLanguages(); }
    void openFolderWithoutAFileManagerIsSaid();
    void copyButtonsSaySo_data() { addLanguages(); }
    void copyButtonsSaySo();
    void ownNumbersAreCheckedAsTyped_data() { addLanguages(); }
    void ownNumbersAreCheckedAsTyped();
    void words_data() { addLanguages(); }
    void words();
    void look_data() { addLanguages(); }
    void look();
    void feedbackOnALaterStart_data() { addLanguages(); }
    void feedbackOnALaterStart();
};

// The Desktop; Documents where there is none; heapfix-data\reports beside a portable heapfix.
void PageDetailsTest::reportGoesWhereAHelpdeskLooks() {
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + "/.config").toUtf8());
    DataLocation data;
    data.root = fs::path(home.path().toStdString()) / "data";
    QVERIFY(QDir(home.path()).mkpath("Desktop"));
    QVERIFY(QDir(home.path()).mkpath("Documents"));
    QCOMPARE(reportFolder(data), fs::path(home.path().toStdString()) / "Desktop");
    QVERIFY(QDir(home.path() + "/Desktop").removeRecursively());
    QCOMPARE(reportFolder(data), fs::path(home.path().toStdString()) / "Documents");
    data.portable = true;
    QCOMPARE(reportFolder(data), data.root / "reports");
}

void PageDetailsTest::reportSavedWithOpenAndCopy() {
    QFETCH(QString, language);
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + "/.config").toUtf8());
    QVERIFY(QDir(home.path()).mkpath("Desktop"));
    WizardHarness run(fake(u"1024,20480,768"), language);
    QVERIFY(throughApply(run));
    QVERIFY(run.clickPrimary());
    run.find<QRadioButton>("feedbackNo")->click();
    Seams::acceptNextSuggestedFileName();
    QTest::mouseClick(run.find<QPushButton>("saveReport"), Qt::LeftButton);
    const QString desktop = QDir(home.path()).filePath("Desktop");
    QVERIFY2(run.text("reportPath").contains(desktop + "/heapfix-report-"),
             qPrintable(run.text("reportPath")));
    const QStringList saved = QDir(desktop).entryList({"heapfix-report-*.txt"});
    QCOMPARE(saved.size(), 1);
    QTest::mouseClick(run.find<QPushButton>("reportOpen"), Qt::LeftButton);
    QCOMPARE(Seams::openedUrls(), QStringList{"file://" + desktop});
    QTest::mouseClick(run.find<QPushButton>("reportCopy"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), desktop + "/" + saved.first());
    QVERIFY(run.text("reportSaid").contains(pick(language, "copied", "gekopieerd")));
}

void PageDetailsTest::wordingFitsTheInstallation_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("restart");  // after the change, on the Apply page
    QTest::addColumn<QString>("notThere"); // said for another kind of installation
    for (const char* language : {"en", "nl"}) {
        const QString l = language;
        QTest::addRow("live-%s", language)
            << l << int(TargetKind::Live) << pick(l, "Restart the computer", "Start de computer opnieuw op")
            << pick(l, "Put the disk back", "Zet de schijf terug");
        QTest::addRow("offline-%s", language)
            << l << int(TargetKind::Offline) << pick(l, "Put the disk back", "Zet de schijf terug")
            << pick(l, "Restart the computer", "Start de computer opnieuw op");
        QTest::addRow("practice-%s", language)
            << l << int(TargetKind::Sample) << pick(l, "practice installation", "oefeninstallatie")
            << pick(l, "Restart the computer", "Start de computer opnieuw op");
    }
}

// After a change, on the No answer, and in the steps to do it oneself: each says what counts for this
// installation (a restart here; the disk back in its own computer; nothing, it was practice), and the offline
// steps keep "make a backup first".
void PageDetailsTest::wordingFitsTheInstallation() {
    QFETCH(QString, language);
    QFETCH(int, kind);
    QFETCH(QString, restart);
    QFETCH(QString, notThere);
    WizardHarness run(fake(u"1024,20480,768", static_cast<TargetKind>(kind)), language);
    QVERIFY(throughApply(run));
    QVERIFY2(run.text("restartNote").contains(restart), qPrintable(run.text("restartNote")));
    QVERIFY(!run.text("restartNote").contains(notThere));
    QVERIFY(run.clickPrimary());
    if (kind == int(TargetKind::Live)) { // asked after the restart unless the user answers now
        QVERIFY(run.find<QCheckBox>("askLater")->isChecked());
        run.find<QCheckBox>("askLater")->setChecked(false);
    }
    run.find<QRadioButton>("feedbackNo")->click();
    const QString answer = run.text("feedbackAnswer");
    QVERIFY2(!answer.contains(notThere), qPrintable(answer));
    if (kind == int(TargetKind::Offline))
        QVERIFY(answer.contains(restart));
    run.wizard().restart();
    QVERIFY(run.choose("choiceDoItMyself"));
    QVERIFY(run.clickPrimary());
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(ManualStepsPageId));
    const QString steps = run.text("manualSteps");
    QVERIFY(steps.contains(pick(language, "Make a backup first", "Maak eerst een back-up")));
    if (kind == int(TargetKind::Offline))
        QVERIFY(steps.contains(pick(language, "put the disk back", "zet de schijf terug")));
}

// Own numbers equal to today's: the page ends with Finish (and says why), and Finish changes nothing.
void PageDetailsTest::todaysNumbersEndWithFinish() {
    QFETCH(QString, language);
    auto target = fake(u"1024,20480,768");
    FakeStoreTarget& store = *target;
    WizardHarness run(std::move(target), language);
    QVERIFY(toProposal(run));
    QVERIFY(run.wizard().button(QWizard::NextButton)->isVisible());
    run.find<QCheckBox>("advancedView")->click();
    run.find<QLineEdit>("custom2")->setText("768");
    QVERIFY(!run.text("sameAsNow").isEmpty());
    QVERIFY(!run.wizard().button(QWizard::NextButton)->isVisible());
    QVERIFY(run.wizard().button(QWizard::FinishButton)->isVisible());
    run.find<QLineEdit>("custom2")->setText("1024"); // a change again: Next
    QVERIFY(run.wizard().button(QWizard::NextButton)->isVisible());
    run.find<QLineEdit>("custom2")->setText("768");
    QVERIFY(run.clickPrimary()); // Finish
    QVERIFY(!run.wizard().isVisible());
    QCOMPARE(store.store.count(MemoryRegistry::Operation::Write), 0);
}

void PageDetailsTest::backAndNextMakeNoSecondBackup() {
    QFETCH(QString, language);
    WizardHarness run(fake(u"1024,20480,768"), language);
    QVERIFY(toProposal(run));
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(BackupPageId));
    run.wizard().back();
    QCOMPARE(run.page(), int(ProposalPageId));
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(BackupPageId));
    QCOMPARE(run.regFiles().size(), 1);
    QVERIFY(run.clickPrimary());
    QVERIFY(run.waitUntilApplied());
    QCOMPARE(run.regFiles().size(), 1); // the change used it: one backup, one row to restore
    run.wizard().restart();
    QVERIFY(run.choose("choiceRestore"));
    QCOMPARE(run.find<QTreeWidget>("backupList")->topLevelItemCount(), 1);
}

void PageDetailsTest::restoreSaysRestore() {
    QFETCH(QString, language);
    WizardHarness run(fake(u"1024,20480,768"), language);
    QVERIFY(throughApply(run));
    QCOMPARE(run.text("stepName2"), pick(language, "Write the new numbers", "Nieuwe getallen schrijven"));
    run.wizard().restart();
    QVERIFY(run.choose("choiceRestore"));
    QVERIFY(run.clickPrimary());
    QVERIFY(run.waitUntilApplied());
    QCOMPARE(run.text("stepName2"),
             pick(language, "Put the backup's value back", "De waarde uit de back-up terugzetten"));
    QTest::mouseClick(run.find<QPushButton>("showDetails"), Qt::LeftButton);
    QVERIFY(!run.text("detailsText").contains(pick(language, "Write the new numbers", "Nieuwe getallen")));
}

void PageDetailsTest::openFolderWithoutAFileManagerIsSaid() {
    QFETCH(QString, language);
    Seams::recordOpenedUrls(true, false);
    WizardHarness run(fake(u"1024,20480,768"), language);
    QVERIFY(toProposal(run));
    QVERIFY(run.clickPrimary());
    QTest::mouseClick(run.find<QPushButton>("backupOpen"), Qt::LeftButton);
    const QString said = run.text("backupSaid");
    QVERIFY2(said.contains(pick(language, "No program", "Geen programma")), qPrintable(said));
    QVERIFY(said.contains(QString::fromStdString(run.backupFolder().string())));
}

void PageDetailsTest::copyButtonsSaySo() {
    QFETCH(QString, language);
    WizardHarness run(fake(u"1024,20480,768"), language);
    QVERIFY(run.choose("choiceDoItMyself"));
    QVERIFY(run.clickPrimary());
    QVERIFY(run.clickPrimary());
    QVERIFY(run.text("copiedNote").isEmpty());
    QTest::mouseClick(run.find<QPushButton>("manualKeyCopy"), Qt::LeftButton);
    QVERIFY(run.text("copiedNote").contains(pick(language, "Copied: the key", "Gekopieerd: de sleutel")));
    QCOMPARE(QGuiApplication::clipboard()->text(), run.find<QLineEdit>("manualKey")->text());
}

// An emptied field and letters are said at once, never quoted as the number that was there.
void PageDetailsTest::ownNumbersAreCheckedAsTyped() {
    QFETCH(QString, language);
    WizardHarness run(fake(u"1024,20480,768"), language);
    QVERIFY(toProposal(run));
    run.find<QCheckBox>("advancedView")->click();
    QLineEdit* programs = run.find<QLineEdit>("custom1");
    programs->setText("99999");
    QVERIFY(run.text("validationErrors").contains("99999"));
    programs->clear();
    QVERIFY(!run.text("validationErrors").contains("99999"));
    QVERIFY(run.text("validationErrors").contains(pick(language, "type a number", "typ een getal")));
    QVERIFY(!run.primaryButton());
    programs->setText("abc");
    QVERIFY(run.text("validationErrors")
                .contains(pick(language, "\"abc\" is not a number", "\"abc\" is geen getal")));
    QVERIFY(!run.primaryButton());
    run.find<QLineEdit>("custom2")->clear(); // the services' number may be left empty: not set...
    programs->setText("20480");
    QVERIFY(
        run.text("validationErrors").contains(pick(language, "cannot be removed", "niet worden weggelaten")));
}

void PageDetailsTest::words() {
    QFETCH(QString, language);
    WizardHarness run(fake(u"1024,20480,768"), language);
    // The seed's own words.
    QCOMPARE(run.find<QCommandLinkButton>("choiceFixForMe")->text().remove('&'),
             pick(language, "Fix the problem for me", "Het probleem voor mij oplossen"));
    QCOMPARE(run.find<QCommandLinkButton>("choiceDoItMyself")->text().remove('&'),
             pick(language, "Let me fix this problem myself", "Dit probleem zelf oplossen"));
    // The same user32.dll message in the introduction and the choice.
    const QString message = pick(language, "Initialization of the dynamic link library user32.dll failed",
                                 "Initialisatie van de DLL user32.dll is mislukt");
    QVERIFY(run.text("introText").contains(message));
    QVERIFY(run.find<QRadioButton>("symptomServices")->text().contains(message));
    QVERIFY(!run.title().contains(pick(language, "by the by", "door door")));
    QVERIFY(toProposal(run));
    // 2048 where Microsoft's article says 1024: the reason says why.
    QCOMPARE(run.text("recommended2"), pick(language, "2048 KB", "2048 kB"));
    QVERIFY2(run.text("reason2").contains("1024"), qPrintable(run.text("reason2")));
    // No jargon on the main path: it is behind the details.
    run.wizard().back();
    const QString settings = run.text("explanation0") + run.text("explanation1") + run.text("explanation2") +
                             run.text("pageIntro");
    for (const char* jargon :
         {"window station", "vensterstation", "vensteringang", "Shared heap", "Gedeelde heap"})
        QVERIFY2(!settings.contains(QString::fromLatin1(jargon), Qt::CaseInsensitive), jargon);
    QTest::mouseClick(run.find<QPushButton>("showDetails"), Qt::LeftButton);
    QVERIFY(run.text("detailsText").contains(pick(language, "window station", "vensterstation")));
    // "Only show my settings" says whether a change is advised.
    run.wizard().restart();
    QVERIFY(run.choose("choiceShowOnly"));
    QVERIFY(run.clickPrimary());
    QVERIFY2(run.text("settingsStatus").contains("1024,20480,2048"), qPrintable(run.text("settingsStatus")));
    // One term per thing.
    run.wizard().back();
    QTest::mouseClick(run.find<QPushButton>("showDetails"), Qt::LeftButton);
    if (language == "nl")
        QVERIFY(run.text("detailsText").contains("Beheerset"));
}

void PageDetailsTest::look() {
    QFETCH(QString, language);
    WizardHarness run(fake(u"1024,20480,768"), language);
    const auto links = run.wizard().currentPage()->findChildren<QCommandLinkButton*>();
    QCOMPARE(links.size(), 5);
    int checked = 0;
    for (QCommandLinkButton* link : links) {
        QVERIFY(!link->description().isEmpty());
        checked += link->isChecked() ? 1 : 0;
    }
    QCOMPARE(checked, 1);
    QVERIFY(run.find<QCommandLinkButton>("choiceFixForMe")->isChecked());
    QVERIFY(throughApply(run));
    QVERIFY(run.clickPrimary());
    run.find<QRadioButton>("feedbackNo")->click();
    QPushButton* putBack = run.find<QPushButton>("restoreNow");
    QVERIFY(sameIcon(putBack->icon(), ":/icons/undo.svg"));
    QVERIFY(!sameIcon(putBack->icon(), ":/icons/backup.svg")); // no floppy disk to put a setting back
}

// The session a feedback page needs can be that of a change made on an earlier start (what heapfix
// --feedback RECORD will open after the restart, issue 13): the answer is logged with the numbers before and
// now, and "put the old setting back now" restores that change's backup.
void PageDetailsTest::feedbackOnALaterStart() {
    QFETCH(QString, language);
    QTemporaryDir dir;
    const fs::path data = fs::path(dir.path().toStdString()) / "data";
    BackupRecord earlier;
    {
        WizardHarness first(TargetSpec{}, language, data);
        QVERIFY(throughApply(first));
        earlier = *first.session().heap()->verifiedBackup();
    }
    WizardHarness later(TargetSpec{}, language, data);
    later.session().resume(earlier);
    later.wizard().askWhetherSolved();
    QCOMPARE(later.page(), int(FeedbackPageId));
    QCOMPARE(later.title(), pick(language, "Is the problem solved?", "Is het probleem opgelost?"));
    later.find<QRadioButton>("feedbackNo")->click();
    QVERIFY(later.find<QPushButton>("restoreNow")->isVisible());
    QTest::mouseClick(later.find<QPushButton>("restoreNow"), Qt::LeftButton);
    auto log = readFeedback(data / "feedback.jsonl");
    QVERIFY(log && log->size() == 1); // this answer
    QCOMPARE(log->back().before, std::string("1024,20480,768"));
    QCOMPARE(log->back().after, std::string("1024,20480,2048"));
    QCOMPARE(later.page(), int(RestorePageId));
    QVERIFY(later.clickPrimary());
    QVERIFY(later.waitUntilApplied());
    QCOMPARE(later.session().heap()->sharedSectionAfter(), QStringLiteral("1024,20480,768"));
    // The undo of a change answered "No" about ends the wizard: the question is not asked about the undo.
    QCOMPARE(later.wizard().currentPage()->nextId(), -1);
    QVERIFY(later.wizard().button(QWizard::FinishButton)->isVisible());
    QVERIFY(later.clickPrimary());
    QVERIFY(later.page() != int(FeedbackPageId));
}

QTEST_MAIN(PageDetailsTest)
#include "tst_PageDetails.moc"
