// Drives the real wizard through every path with clicks and keys, in English and Dutch: the pages visited,
// the texts on screen, the value left in the store and the backups on disk.

#include "DiagnosticReport.h"
#include "FakeStoreTarget.h"
#include "ModelText.h"
#include "PageBase.h"
#include "PageIds.h"
#include "Seams.h"
#include "TargetText.h"
#include "TestSupport.h"
#include "WizardHarness.h"

#include "model/backup/BackupStore.h"
#include "model/backup/FeedbackLog.h"
#include "model/fix/Targets.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTreeWidget>

using namespace heapfix;
using namespace heapfix::test;

namespace {

// What a user reads on screen, in each language.
struct Words {
    QString fixForMe, doItMyself, solvedQuestion, notSet, next, changeSetting, changed, nothingToChange,
        oldValueBack, restored, bit64, practice, notInvolved, kb;
    QString kilobytes(int value) const { return QString::number(value) + kb; }
};

const Words& words(const QString& language) {
    static const Words english{"Fix the problem for me",
                               "Let me fix this problem myself",
                               "Is the problem solved?",
                               "not set",
                               "&Next >",
                               "&Change the setting",
                               "Done: the new setting is in place and checked.",
                               "Nothing needs to change",
                               "old value",
                               "Done: the backup's value is back in place and checked.",
                               "64-bit",
                               "Practice mode",
                               "Not involved in this problem",
                               " KB"};
    static const Words dutch{"Het probleem voor mij oplossen",
                             "Dit probleem zelf oplossen",
                             "Is het probleem opgelost?",
                             "niet ingesteld",
                             "&Volgende >",
                             "Instelling &wijzigen",
                             "Klaar: de nieuwe instelling is geschreven en gecontroleerd.",
                             "Er hoeft niets te veranderen",
                             "oude waarde",
                             "Klaar: de waarde uit de back-up staat er weer en is gecontroleerd.",
                             "64-bits",
                             "Oefenmodus",
                             "Speelt bij dit probleem geen rol",
                             " kB"};
    return language == "nl" ? dutch : english;
}

std::unique_ptr<FakeStoreTarget> fakeWindows10(std::u16string_view numbers) {
    return std::make_unique<FakeStoreTarget>(windows10x64(), windowsValue(numbers));
}

QString valueOfHive(const std::filesystem::path& hive) {
    const ProcessResult result =
        run("hivexget", {QString::fromStdString(hive.string()),
                         "\\ControlSet001\\Control\\Session Manager\\SubSystems", "Windows"});
    return QString::fromUtf8(result.out).trimmed();
}

std::filesystem::path systemHiveOf(const TargetInfo& info) {
    const std::filesystem::path path(info.path);
    if (std::filesystem::is_directory(path))
        return path / "System32" / "config" / "SYSTEM";
    return path;
}

void addLanguages() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("nl") << "nl";
}

} // namespace

class WizardFlowsTest : public QObject {
    Q_OBJECT

private:
    // Welcome (by keyboard) -> System check -> Current settings -> Proposal, with the fix path chosen.
    void walkToProposal(WizardHarness& run);
    void walkFixThroughApply(WizardHarness& run);

private slots:
    void init() { Seams::recordOpenedUrls(true); }
    void fixWithChange_data() { addLanguages(); }
    void fixWithChange();
    void nothingToChange_data() { addLanguages(); }
    void nothingToChange();
    void customValuesValid_data() { addLanguages(); }
    void customValuesValid();
    void customValuesInvalid_data() { addLanguages(); }
    void customValuesInvalid();
    void serviceSymptomRaisesOnlyServices_data() { addLanguages(); }
    void serviceSymptomRaisesOnlyServices();
    void backupFolderNotWritable_data() { addLanguages(); }
    void backupFolderNotWritable();
    void writeFailureLeavesOldValue_data() { addLanguages(); }
    void writeFailureLeavesOldValue();
    void mismatchRollsBack_data() { addLanguages(); }
    void mismatchRollsBack();
    void restoreWithReport_data() { addLanguages(); }
    void restoreWithReport();
    void restoreRefusesAnotherType_data() { addLanguages(); }
    void restoreRefusesAnotherType();
    void doItMyself_data() { addLanguages(); }
    void doItMyself();
    void showOnlyNotSet_data() { addLanguages(); }
    void showOnlyNotSet();
    void damagedHiveAsksFirst_data() { addLanguages(); }
    void damagedHiveAsksFirst();
    void readOnlyHiveLeavesNoBackup_data() { addLanguages(); }
    void readOnlyHiveLeavesNoBackup();
    void offlineHive_data() { addLanguages(); }
    void offlineHive();
    void sampleTarget_data() { addLanguages(); }
    void sampleTarget();
    void languageSwitchesLive();
    void unreadableValueStopsAtSystemCheck_data() { addLanguages(); }
    void unreadableValueStopsAtSystemCheck();
    void everyControlHasAnAccessibleName_data() { addLanguages(); }
    void everyControlHasAnAccessibleName();
    void iconsRender();
    void refusedPortableModeIsSaid();
    void restoreNowFromFeedback_data() { addLanguages(); }
    void restoreNowFromFeedback();
};

void WizardFlowsTest::walkToProposal(WizardHarness& run) {
    QCOMPARE(run.page(), int(WelcomePageId));
    run.find<QCommandLinkButton>("choiceFixForMe")->setFocus();
    run.pressEnter(); // the keyboard alone moves on
    QCOMPARE(run.page(), int(SystemCheckPageId));
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(CurrentSettingsPageId));
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(ProposalPageId));
}

void WizardFlowsTest::walkFixThroughApply(WizardHarness& run) {
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(BackupPageId));
    QVERIFY(run.primaryButton());
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(ApplyPageId));
    QVERIFY(run.waitUntilApplied());
}

void WizardFlowsTest::fixWithChange() {
    QFETCH(QString, language);
    const Words& w = words(language);
    auto target = fakeWindows10(u"1024,20480,768");
    FakeStoreTarget& fake = *target;
    WizardHarness run(std::move(target), language);
    QCOMPARE(run.find<QCommandLinkButton>("choiceFixForMe")->text().remove('&'), w.fixForMe);
    QCOMPARE(run.find<QCommandLinkButton>("choiceDoItMyself")->text().remove('&'), w.doItMyself);
    QVERIFY(
        run.find<QCommandLinkButton>("choiceFixForMe")->isChecked()); // the one clear default: Next takes it
    QCOMPARE(run.wizard().button(QWizard::NextButton)->text(), w.next);

    walkToProposal(run);
    QCOMPARE(run.text("current2"), words(language).kilobytes(768));
    QCOMPARE(run.text("recommended1"), words(language).kilobytes(20480));
    QCOMPARE(run.text("recommended2"), words(language).kilobytes(2048));
    QVERIFY(!run.text("reason2").isEmpty());

    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(BackupPageId));
    QCOMPARE(run.wizard().button(QWizard::CommitButton)->text(), w.changeSetting);
    QVERIFY(run.text("backupPath").contains(".reg"));
    QCOMPARE(run.regFiles().size(), 1);
    QTest::mouseClick(run.find<QPushButton>("backupOpen"), Qt::LeftButton);
    QCOMPARE(Seams::openedUrls().size(), 1);
    QVERIFY(Seams::openedUrls().first().startsWith("file://"));
    QCOMPARE(fake.valueText(), windowsValue(u"1024,20480,768")); // nothing written before the commit

    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(ApplyPageId));
    QVERIFY(run.waitUntilApplied());
    QCOMPARE(run.text("applyResult"), w.changed);
    QCOMPARE(fake.valueText(), windowsValue(u"1024,20480,2048"));
    QVERIFY(run.regFiles().size() >= 1);

    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(FeedbackPageId));
    QCOMPARE(run.title(), w.solvedQuestion);
    QVERIFY(!run.wizard().button(QWizard::BackButton)->isEnabled() ||
            !run.wizard().button(QWizard::BackButton)->isVisible()); // no going back past the change
    QVERIFY(!run.primaryButton());                                   // an answer first
    run.find<QRadioButton>("feedbackYes")->click();
    QVERIFY(run.clickPrimary()); // Finish
    QVERIFY(!run.wizard().isVisible());

    QCOMPARE(run.visited, (QList<int>{WelcomePageId, SystemCheckPageId, CurrentSettingsPageId, ProposalPageId,
                                      BackupPageId, ApplyPageId, FeedbackPageId}));
    auto log = readFeedback(run.dataRoot() / "feedback.jsonl");
    QVERIFY(log);
    QCOMPARE(log->size(), std::size_t(1));
    QVERIFY(log->front().solved);
    QCOMPARE(log->front().before, std::string("1024,20480,768"));
    QCOMPARE(log->front().after, std::string("1024,20480,2048"));
}

void WizardFlowsTest::nothingToChange() {
    QFETCH(QString, language);
    auto target = fakeWindows10(u"1024,20480,2048");
    FakeStoreTarget& fake = *target;
    WizardHarness run(std::move(target), language);
    walkToProposal(run);
    QVERIFY(run.text("proposalHeadline").startsWith(words(language).nothingToChange));
    QVERIFY(run.find<QLabel>("nextSteps")->isVisible());
    QVERIFY(run.wizard().button(QWizard::FinishButton)->isVisible());
    QVERIFY(run.clickPrimary());
    QVERIFY(!run.wizard().isVisible());
    QCOMPARE(fake.valueText(), windowsValue(u"1024,20480,2048"));
    QCOMPARE(fake.store.count(MemoryRegistry::Operation::Write), 0);
    QVERIFY(run.regFiles().isEmpty());
}

void WizardFlowsTest::customValuesValid() {
    QFETCH(QString, language);
    auto target = fakeWindows10(u"1024,20480,768");
    FakeStoreTarget& fake = *target;
    WizardHarness run(std::move(target), language);
    walkToProposal(run);
    QTest::mouseClick(run.find<QCheckBox>("advancedView"), Qt::LeftButton, {}, QPoint(4, 4));
    QVERIFY(run.find<QLineEdit>("custom1")->isVisible());
    QLineEdit* programs = run.find<QLineEdit>("custom1");
    programs->selectAll();
    QTest::keyClicks(programs, "24576");
    QCOMPARE(programs->text(), QStringLiteral("24576"));
    QVERIFY(run.text("validationWarnings").contains("20480")); // above Microsoft's ceiling: warned, allowed
    QVERIFY(run.text("validationErrors").isEmpty());
    walkFixThroughApply(run);
    QCOMPARE(fake.valueText(), windowsValue(u"1024,24576,2048"));
}

void WizardFlowsTest::customValuesInvalid() {
    QFETCH(QString, language);
    auto target = fakeWindows10(u"1024,20480,768");
    WizardHarness run(std::move(target), language);
    walkToProposal(run);
    run.find<QCheckBox>("advancedView")->click();
    run.find<QLineEdit>("custom2")->setText("100");
    QVERIFY(!run.primaryButton());                         // Next disabled...
    QVERIFY(run.text("validationErrors").contains("128")); // ...and the reason shown
    run.find<QLineEdit>("custom2")->setText("70000");
    QVERIFY(!run.primaryButton());
    QVERIFY(run.text("validationErrors").contains("65536"));
    run.find<QLineEdit>("custom2")->setText("4096");
    QVERIFY(run.primaryButton());
    QVERIFY(run.text("validationErrors").isEmpty());
    run.find<QLineEdit>("custom2")->setText("768"); // the numbers of today
    QVERIFY(!run.text("sameAsNow").isEmpty());
}

void WizardFlowsTest::serviceSymptomRaisesOnlyServices() {
    QFETCH(QString, language);
    auto target = fakeWindows10(u"1024,12288,768");
    FakeStoreTarget& fake = *target;
    WizardHarness run(std::move(target), language);
    run.find<QRadioButton>("symptomServices")->click();
    QVERIFY(run.choose("choiceFixForMe"));
    QVERIFY(run.clickPrimary());
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(ProposalPageId));
    QCOMPARE(run.text("recommended1"), words(language).kilobytes(12288));
    QVERIFY(run.text("reason1").startsWith(words(language).notInvolved));
    walkFixThroughApply(run);
    QCOMPARE(fake.valueText(), windowsValue(u"1024,12288,2048"));
}

void WizardFlowsTest::backupFolderNotWritable() {
    QFETCH(QString, language);
    QTemporaryDir scratch;
    const QString plainFile = scratch.filePath("a-file");
    QFile file(plainFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    // A folder under a regular file cannot be created, not even by root.
    auto target = fakeWindows10(u"1024,20480,768");
    FakeStoreTarget& fake = *target;
    WizardHarness run(std::move(target), language, std::filesystem::path((plainFile + "/sub").toStdString()));
    walkToProposal(run);
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(BackupPageId));
    QVERIFY(!run.primaryButton()); // no change without a verified backup
    QVERIFY(run.text("backupStatus").contains(plainFile));
    QVERIFY(!run.find<QPushButton>("backupOpen")->isVisible());

    const QString other = scratch.filePath("usb-stick");
    Seams::setNextDirectory(other);
    QTest::mouseClick(run.find<QPushButton>("chooseBackupFolder"), Qt::LeftButton);
    QVERIFY(run.primaryButton());
    QVERIFY(run.text("backupPath").contains("usb-stick"));
    QCOMPARE(QDir(other).entryList({"*.reg"}).size(), 1);
    QVERIFY(run.clickPrimary());
    QVERIFY(run.waitUntilApplied());
    QCOMPARE(fake.valueText(), windowsValue(u"1024,20480,2048"));
}

void WizardFlowsTest::writeFailureLeavesOldValue() {
    QFETCH(QString, language);
    auto target = fakeWindows10(u"1024,20480,768");
    FakeStoreTarget& fake = *target;
    WizardHarness run(std::move(target), language);
    walkToProposal(run);
    fake.store.failAt(MemoryRegistry::Operation::Write, 1,
                      makeError(ErrorCode::AccessDenied, "SubSystems", "denied"));
    walkFixThroughApply(run);
    QVERIFY(run.text("applyResult").contains(words(language).oldValueBack));
    QCOMPARE(run.find<StatusLine>("applyResult")->kind(), StatusKind::Error);
    QCOMPARE(fake.valueText(), windowsValue(u"1024,20480,768"));
    QCOMPARE(run.session().heap()->result()->outcome, FixOutcome::WriteFailed);
}

void WizardFlowsTest::mismatchRollsBack() {
    QFETCH(QString, language);
    auto target = fakeWindows10(u"1024,20480,768");
    FakeStoreTarget& fake = *target;
    WizardHarness run(std::move(target), language);
    walkToProposal(run);
    fake.store.corruptWriteAt(1, RegistryValue::fromText(ValueType::ExpandString, u"garbage"));
    walkFixThroughApply(run);
    QCOMPARE(run.session().heap()->result()->outcome, FixOutcome::RolledBack);
    QVERIFY(run.text("applyResult").contains(words(language).oldValueBack));
    QVERIFY(run.find<QLabel>("stepName4")->isVisible()); // the rollback step is shown
    QCOMPARE(fake.valueText(), windowsValue(u"1024,20480,768"));
}

void WizardFlowsTest::restoreWithReport() {
    QFETCH(QString, language);
    auto target = fakeWindows10(u"1024,20480,768");
    FakeStoreTarget& fake = *target;
    WizardHarness run(std::move(target), language);
    walkToProposal(run);
    walkFixThroughApply(run);
    QCOMPARE(fake.valueText(), windowsValue(u"1024,20480,2048"));

    run.wizard().restart();
    run.visited = {run.page()};
    QVERIFY(run.choose("choiceRestore"));
    QCOMPARE(run.page(), int(RestorePageId));
    auto* list = run.find<QTreeWidget>("backupList");
    QVERIFY(list->topLevelItemCount() >= 1);
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("1024,20480,768"));
    QVERIFY(run.text("restorePreview").contains("1024,20480,2048"));
    QVERIFY(run.text("restorePreview").contains("1024,20480,768"));
    QVERIFY(run.clickPrimary()); // "Restore this backup"
    QCOMPARE(run.page(), int(ApplyPageId));
    QVERIFY(run.waitUntilApplied());
    QCOMPARE(run.text("applyResult"), words(language).restored);
    QCOMPARE(fake.valueText(), windowsValue(u"1024,20480,768"));

    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(FeedbackPageId));
    run.find<QRadioButton>("feedbackNo")->click();
    const QString report = run.folder.filePath("report.txt");
    Seams::setNextFileName(report);
    QTest::mouseClick(run.find<QPushButton>("saveReport"), Qt::LeftButton);
    QVERIFY(run.text("reportPath").contains("report.txt"));
    const QByteArray saved = readFile(report.toStdString());
    QVERIFY(saved.contains("1024,20480,2048")); // before the restore
    QVERIFY(saved.contains("1024,20480,768"));  // after it
    QVERIFY(saved.contains(".reg"));            // the backup it made first
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.visited, (QList<int>{WelcomePageId, RestorePageId, ApplyPageId, FeedbackPageId}));
    auto log = readFeedback(run.dataRoot() / "feedback.jsonl");
    QVERIFY(log && log->size() == 1);
    QVERIFY(!log->front().solved);
}

void WizardFlowsTest::doItMyself() {
    QFETCH(QString, language);
    auto target = fakeWindows10(u"1024,20480,768");
    FakeStoreTarget& fake = *target;
    WizardHarness run(std::move(target), language);
    QVERIFY(run.choose("choiceDoItMyself"));
    QVERIFY(run.clickPrimary());
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(ManualStepsPageId));
    QCOMPARE(run.find<QLineEdit>("manualToken")->text(), QStringLiteral("SharedSection=1024,20480,2048"));
    QCOMPARE(run.find<QLineEdit>("manualValue")->text(),
             QString::fromStdU16String(windowsValue(u"1024,20480,2048")));
    QVERIFY(run.find<QLineEdit>("manualKey")
                ->text()
                .contains("BROKENSYSTEM\\ControlSet001")); // offline: load hive
    QVERIFY(run.text("manualSteps").contains("regedit"));
    QTest::mouseClick(run.find<QPushButton>("manualValueCopy"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QString::fromStdU16String(windowsValue(u"1024,20480,2048")));
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(FeedbackPageId));
    QCOMPARE(run.title(), words(language).solvedQuestion);
    QCOMPARE(fake.store.count(MemoryRegistry::Operation::Write), 0); // heapfix changed nothing itself
}

void WizardFlowsTest::showOnlyNotSet() {
    QFETCH(QString, language);
    auto target = std::make_unique<FakeStoreTarget>(
        windowsNt4(),
        u"%SystemRoot%\\system32\\csrss.exe ObjectDirectory=\\Windows SharedSection=1024,3072 Windows=On");
    WizardHarness run(std::move(target), language);
    QVERIFY(run.choose("choiceShowOnly"));
    QCOMPARE(run.page(), int(SystemCheckPageId));
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(CurrentSettingsPageId));
    QCOMPARE(run.text("currentValue2"), words(language).notSet);
    QCOMPARE(run.text("currentValue1"), words(language).kilobytes(3072));
    auto* details = run.find<QPushButton>("showDetails");
    QVERIFY(!run.find<QLabel>("detailsText")->isVisible()); // jargon only on request
    QTest::mouseClick(details, Qt::LeftButton);
    QVERIFY(run.find<QLabel>("detailsText")->isVisible());
    QVERIFY(run.text("detailsText").contains("REG_EXPAND_SZ"));
    QVERIFY(run.wizard().button(QWizard::FinishButton)->isVisible());
}

void WizardFlowsTest::offlineHive() {
    QFETCH(QString, language);
    QTemporaryDir folder;
    const std::filesystem::path hive = unpackHive("win7-sp1-x86.SYSTEM", folder.path());
    const QByteArray originalSha = sha256OfFile(hive);
    TargetSpec spec;
    spec.kind = TargetSpec::Kind::Hives;
    spec.path = hive;
    auto target = openTarget(spec);
    QVERIFY2(target, target ? "" : target.error().message().c_str());
    WizardHarness run(std::move(*target), language);
    run.find<QCommandLinkButton>("choiceFixForMe")->setFocus();
    run.pressEnter();
    QCOMPARE(run.page(), int(SystemCheckPageId));
    // No SOFTWARE hive: the System check names what the SubSystems value shows ("ServerDll=sxssrv,4"), in
    // the user's language (the Dutch once translated; until then Qt shows the English).
    const QString windowsName = run.text("windowsName");
    QCOMPARE(windowsName, TargetText::windowsName(run.session().windows()));
    QVERIFY2(windowsName.contains("Vista"), qPrintable(windowsName));
    if (language == "en")
        QCOMPARE(windowsName, QString("Windows Vista or later (from the SubSystems value)"));
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(CurrentSettingsPageId));
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(ProposalPageId));
    QCOMPARE(run.text("current1"), words(language).kilobytes(12288));
    QCOMPARE(run.text("recommended2"), words(language).kilobytes(1024));
    walkFixThroughApply(run);
    QCOMPARE(run.session().heap()->result()->outcome, FixOutcome::Changed);
    QVERIFY(valueOfHive(hive).contains("SharedSection=1024,12288,1024 ")); // read by hivex's own tool
    QVERIFY(!run.regFiles().isEmpty());
    // The original hive is kept whole in the backup folder (issue 11), nothing beside the hive, and the
    // report says where, in the user's language.
    const FixResult& result = *run.session().heap()->result();
    QVERIFY(result.backup);
    QCOMPARE(result.backup->kept.size(), std::size_t{1});
    QCOMPARE(sha256OfFile(result.backup->kept.front().file), originalSha);
    QCOMPARE(QDir(folder.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList{QString::fromStdString(hive.filename().string())});
    const QString report = diagnosticReport(run.session());
    QVERIFY2(report.contains(language == "nl" ? "Volledig bewaard in de back-upmap"
                                              : "Kept whole in the backup folder"),
             qPrintable(report));
    QVERIFY(report.contains(QString::fromStdString(result.backup->kept.front().file.string())));
}

// A hive damaged away from the setting (ControlSet002's "Windows" value points outside the hive, so that key
// cannot be read whole): Apply stops with a plain warning and the choice; "Change it anyway" writes the one
// value, and every other key still reads as before (hivexget for the value, the walk inside heapfix for the
// rest).
void WizardFlowsTest::damagedHiveAsksFirst() {
    QFETCH(QString, language);
    QTemporaryDir folder;
    const std::filesystem::path hive = unpackHive("win7-sp1-x86.SYSTEM", folder.path());
    QByteArray bytes = readFile(hive);
    constexpr qsizetype kControlSet002Windows = 4451448; // its value record in this real hive (Win::Hivex)
    QCOMPARE(bytes.mid(kControlSet002Windows + 4, 2), QByteArray("vk"));
    const quint32 outside = 0x7FFFFF00;
    bytes.replace(kControlSet002Windows + 12, 4, reinterpret_cast<const char*>(&outside), 4);
    QFile file(QString::fromStdString(hive.string()));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    file.close();
    TargetSpec spec;
    spec.kind = TargetSpec::Kind::Hives;
    spec.path = hive;
    auto target = openTarget(spec);
    QVERIFY2(target, target ? "" : target.error().message().c_str());
    WizardHarness run(std::move(*target), language);
    run.find<QCommandLinkButton>("choiceFixForMe")->setFocus();
    run.pressEnter();
    QVERIFY(run.clickPrimary());
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(ProposalPageId));
    walkFixThroughApply(run);
    QCOMPARE(run.session().heap()->result()->outcome, FixOutcome::InspectFailed);
    QVERIFY(valueOfHive(hive).contains("SharedSection=1024,12288,512 ")); // nothing written yet
    QPushButton* anyway = run.find<QPushButton>("writeDamagedAnyway");
    QVERIFY(anyway->isVisible());
    QVERIFY(run.text("damagedHive").contains(language == "nl" ? "beschadigd" : "damaged elsewhere"));
    QTest::mouseClick(anyway, Qt::LeftButton);
    QCOMPARE(run.session().heap()->result()->outcome, FixOutcome::Changed);
    QVERIFY(valueOfHive(hive).contains("SharedSection=1024,12288,1024 "));
    QVERIFY(!anyway->isVisible());
}

// A hive that cannot be changed (here: the real win7 hive with its write bits cleared, which root heeds too,
// as heapfix-cli does) stops on the Backup page: it says why in the user's language, makes no backup (another
// folder would not help, so none is offered) and changes nothing; the hive stays byte-identical.
void WizardFlowsTest::readOnlyHiveLeavesNoBackup() {
    QFETCH(QString, language);
    QTemporaryDir folder;
    const std::filesystem::path hive = unpackHive("win7-sp1-x86.SYSTEM", folder.path());
    const QByteArray before = readFile(hive);
    const QString hiveName = QString::fromStdString(hive.string());
    QVERIFY(QFile::setPermissions(hiveName, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    TargetSpec spec;
    spec.kind = TargetSpec::Kind::Hives;
    spec.path = hive;
    auto target = openTarget(spec);
    QVERIFY2(target, target ? "" : target.error().message().c_str());
    const std::filesystem::path backups = std::filesystem::path(folder.path().toStdString()) / "backups";
    WizardHarness run(std::move(*target), language, backups);
    walkToProposal(run);
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(BackupPageId));
    QVERIFY(!run.primaryButton()); // no change
    const QString said = run.text("backupStatus");
    QVERIFY2(said.startsWith(language == "nl" ? "heapfix kan deze installatie niet wijzigen"
                                              : "heapfix cannot change this installation"),
             qPrintable(said));
    QVERIFY2(said.contains(language == "nl" ? "alleen-lezen" : "read-only"), qPrintable(said));
    QVERIFY(!run.find<QPushButton>("chooseBackupFolder")->isVisible());
    QVERIFY(!std::filesystem::exists(backups) || std::filesystem::is_empty(backups)); // no backup left
    QCOMPARE(readFile(hive), before);
}

void WizardFlowsTest::sampleTarget() {
    QFETCH(QString, language);
    TargetSpec spec; // the default on Linux: the sample win10-x64
    auto target = openTarget(spec);
    QVERIFY2(target, target ? "" : target.error().message().c_str());
    const std::filesystem::path hive = systemHiveOf((*target)->info());
    WizardHarness run(std::move(*target), language);
    QVERIFY(run.text("targetSummary").contains(words(language).practice)); // says so on screen
    walkToProposal(run);
    walkFixThroughApply(run);
    QCOMPARE(run.text("applyResult"), words(language).changed);
    QVERIFY(valueOfHive(hive).contains("SharedSection=1024,20480,2048 "));
    QVERIFY(run.clickPrimary());
    run.find<QRadioButton>("feedbackYes")->click();
    QVERIFY(run.clickPrimary());
    auto log = readFeedback(run.dataRoot() / "feedback.jsonl");
    QVERIFY(log && log->size() == 1 && log->front().targetKind == "sample");
}

void WizardFlowsTest::languageSwitchesLive() {
    WizardHarness run(fakeWindows10(u"1024,20480,768"), "en");
    QComboBox* box = run.find<QComboBox>("languageBox");
    const QString englishTitle = run.title();
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down); // to "Nederlands"
    QCOMPARE(box->currentData().toString(), QStringLiteral("nl"));
    QCOMPARE(run.wizard().language().current(), QStringLiteral("nl"));
    QVERIFY(run.title() != englishTitle);
    QCOMPARE(run.find<QCommandLinkButton>("choiceFixForMe")->text().remove('&'), words("nl").fixForMe);
    QCOMPARE(run.wizard().button(QWizard::NextButton)->text(), words("nl").next); // QWizard's own button too
    QTest::keyClick(box, Qt::Key_Up);
    QCOMPARE(run.title(), englishTitle);
    QCOMPARE(run.wizard().button(QWizard::NextButton)->text(), words("en").next);
}

void WizardFlowsTest::unreadableValueStopsAtSystemCheck() {
    QFETCH(QString, language);
    auto target = fakeWindows10(u"1024,20480,768");
    target->store.failAt(MemoryRegistry::Operation::Read, 1,
                         makeError(ErrorCode::AccessDenied, "SubSystems", "denied"));
    WizardHarness run(std::move(target), language);
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(SystemCheckPageId));
    QCOMPARE(run.find<StatusLine>("readStatus")->kind(), StatusKind::Error);
    QVERIFY(run.text("readStatus").contains("SubSystems"));
    QVERIFY(!run.primaryButton()); // nothing to go on with
}

// Screen readers: every control a user can reach on the main path has a name.
void WizardFlowsTest::everyControlHasAnAccessibleName() {
    QFETCH(QString, language);
    WizardHarness run(fakeWindows10(u"1024,20480,768"), language);
    for (int page : {WelcomePageId, SystemCheckPageId, CurrentSettingsPageId, ProposalPageId, BackupPageId,
                     ApplyPageId, FeedbackPageId}) {
        QCOMPARE(run.page(), page);
        if (page == ApplyPageId)
            QVERIFY(run.waitUntilApplied());
        if (page == ProposalPageId)
            run.find<QCheckBox>("advancedView")->click();
        if (page == FeedbackPageId)
            run.find<QRadioButton>("feedbackNo")->click();
        for (QWidget* widget : run.wizard().currentPage()->findChildren<QWidget*>()) {
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus ||
                qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
                continue; // a spin box's own line edit speaks with the spin box's name
            const auto* button = qobject_cast<QAbstractButton*>(widget);
            const auto* label = qobject_cast<QLabel*>(widget); // a label is read out by its text
            const bool named = !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty()) ||
                               (label && !label->text().isEmpty());
            QVERIFY2(named, qPrintable(QStringLiteral("page %1: %2 %3 has no accessible name")
                                           .arg(page)
                                           .arg(widget->metaObject()->className(), widget->objectName())));
        }
        if (page != FeedbackPageId)
            QVERIFY(run.clickPrimary());
    }
}

void WizardFlowsTest::iconsRender() {
    for (const char* icon :
         {":/icons/heapfix.svg", ":/icons/ok.svg", ":/icons/error.svg", ":/icons/warning.svg"})
        QVERIFY2(!QIcon(QString::fromLatin1(icon)).pixmap(QSize(32, 32)).isNull(), icon); // needs libqt6svg6
}

void WizardFlowsTest::refusedPortableModeIsSaid() {
    WizardHarness quiet(fakeWindows10(u"1024,20480,768"), "en");
    QVERIFY(quiet.text("portableNote").isEmpty());
    WizardHarness run(fakeWindows10(u"1024,20480,768"), "nl", std::nullopt, true);
    QVERIFY(run.text("portableNote").contains("heapfix.portable"));
    QVERIFY(run.text("portableNote").contains(QString::fromStdString(run.dataRoot().string())));
}

// A backup whose value is a REG_SZ (the value is REG_EXPAND_SZ) is shown but cannot be restored: the restore
// page says why in the user's language, and the value stays as it was (issue 11 item 1).
void WizardFlowsTest::restoreRefusesAnotherType() {
    QFETCH(QString, language);
    auto target = fakeWindows10(u"1024,20480,768");
    FakeStoreTarget& fake = *target;
    WizardHarness run(std::move(target), language);
    BackupStore store(run.backupFolder());
    const auto saved =
        store.save(BackupRequest{fake.info(),
                                 fake.windowsVersion(),
                                 fake.registry().resolveKey(kSubSystemsKey),
                                 "Windows",
                                 RegistryValue::fromText(ValueType::String, windowsValue(u"1024,20480,2048")),
                                 {}});
    QVERIFY(saved.has_value());
    QVERIFY(run.choose("choiceRestore"));
    QCOMPARE(run.page(), int(RestorePageId));
    auto* list = run.find<QTreeWidget>("backupList");
    QCOMPARE(list->topLevelItemCount(), 1);
    list->setCurrentItem(list->topLevelItem(0));
    const QString expected = ModelText::errorCause(ErrorCause::TypeWouldChange, ErrorCode::Refused);
    QVERIFY2(run.text("restorePreview").contains(expected), qPrintable(run.text("restorePreview")));
    QVERIFY(language == "en" ? expected.contains("type")
                             : expected.contains("type") && expected.contains("nooit"));
    QVERIFY(!run.wizard().button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(fake.valueText(), windowsValue(u"1024,20480,768"));
}

// "No" after a fix offers to put the old setting back at once: the answer is logged, the restore path opens
// with the newest backup, and the old value comes back.
void WizardFlowsTest::restoreNowFromFeedback() {
    QFETCH(QString, language);
    auto target = fakeWindows10(u"1024,20480,768");
    FakeStoreTarget& fake = *target;
    WizardHarness run(std::move(target), language);
    walkToProposal(run);
    walkFixThroughApply(run);
    QVERIFY(run.clickPrimary());
    QCOMPARE(run.page(), int(FeedbackPageId));
    QVERIFY(!run.find<QPushButton>("restoreNow")->isVisible());
    run.find<QRadioButton>("feedbackNo")->click();
    QTest::mouseClick(run.find<QPushButton>("restoreNow"), Qt::LeftButton);
    QCOMPARE(run.page(), int(RestorePageId));
    auto log = readFeedback(run.dataRoot() / "feedback.jsonl");
    QVERIFY(log && log->size() == 1 && !log->front().solved);
    QVERIFY(run.clickPrimary());
    QVERIFY(run.waitUntilApplied());
    QCOMPARE(fake.valueText(), windowsValue(u"1024,20480,768"));
}

QTEST_MAIN(WizardFlowsTest)
#include "tst_WizardFlows.moc"
