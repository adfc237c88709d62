#include "PageTour.h"

#include "FakeStoreTarget.h"
#include "PageIds.h"
#include "Seams.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QWizard>

namespace heapfix::test {
namespace {

void openDetails(WizardHarness& run) {
    for (QPushButton* toggle : run.wizard().currentPage()->findChildren<QPushButton*>("showDetails"))
        if (toggle->isVisibleTo(&run.wizard()) && !toggle->isChecked())
            toggle->click();
}

// Visits the page as it is, then with its details open.
void visitPage(WizardHarness& run, const QString& where, const PageVisit& visit) {
    visit(run, where);
    openDetails(run);
    visit(run, where + " (details)");
}

std::unique_ptr<Target> fakeWindows10() {
    return std::make_unique<FakeStoreTarget>(windows10x64(), windowsValue(u"1024,20480,768"));
}

void fixPath(const QString& language, const QString& reportFile, const PageVisit& visit) {
    WizardHarness run(fakeWindows10(), language);
    visitPage(run, "welcome", visit);
    run.choose("choiceFixForMe");
    visitPage(run, "system check", visit);
    run.clickPrimary();
    visitPage(run, "current settings", visit);
    run.clickPrimary();
    visitPage(run, "proposal", visit);
    run.find<QCheckBox>("advancedView")->click();
    run.find<QLineEdit>("custom1")->setText("24576");
    visit(run, "proposal, own numbers with a warning");
    run.find<QLineEdit>("custom1")->setText("2x");
    visit(run, "proposal, own numbers not a number");
    run.find<QLineEdit>("custom1")->setText("20480");
    run.find<QLineEdit>("custom2")->setText("768");
    visit(run, "proposal, today's numbers");
    run.find<QCheckBox>("advancedView")->click();
    run.clickPrimary();
    visitPage(run, "backup", visit);
    run.find<QPushButton>("backupCopy")->click();
    visit(run, "backup, path copied");
    run.clickPrimary();
    run.waitUntilApplied();
    visitPage(run, "apply", visit);
    run.clickPrimary();
    run.find<QRadioButton>("feedbackNo")->click();
    Seams::setNextFileName(reportFile);
    run.find<QPushButton>("saveReport")->click();
    visit(run, "feedback, no, report saved");
}

void otherPaths(const QString& language, const PageVisit& visit) {
    {
        WizardHarness run(fakeWindows10(), language);
        run.choose("choiceFixForMe");
        run.clickPrimary();
        run.clickPrimary();
        run.clickPrimary();
        run.clickPrimary(); // backup, then the change
        run.waitUntilApplied();
        run.wizard().restart();
        run.choose("choiceRestore");
        visitPage(run, "restore", visit);
        run.clickPrimary();
        run.waitUntilApplied();
        visitPage(run, "apply, restored", visit);
        run.clickPrimary();
        run.find<QRadioButton>("feedbackYes")->click();
        visit(run, "feedback, yes");
        run.wizard().restart();
        run.choose("choiceDoItMyself");
        run.clickPrimary();
        run.clickPrimary();
        run.find<QPushButton>("manualValueCopy")->click();
        visitPage(run, "do it myself", visit);
        run.wizard().restart();
        run.choose("choiceShowOnly");
        run.clickPrimary();
        visitPage(run, "only show", visit);
    }
    {
        WizardHarness run(std::make_unique<FakeStoreTarget>(windows10x64(), windowsValue(u"1024,20480,2048")),
                          language);
        run.choose("choiceFixForMe");
        run.clickPrimary();
        run.clickPrimary();
        visitPage(run, "proposal, nothing to change", visit);
    }
}

void bootPath(const QString& language, const PageVisit& visit) {
    WizardHarness run(TargetSpec{}, language); // the practice installation
    run.choose("choiceBootRepair");
    visitPage(run, "boot: where", visit);
    run.clickPrimary();
    visitPage(run, "boot: what heapfix found", visit);
    run.clickPrimary();
    if (!QTest::qWaitFor([&run] { return run.primaryButton() != nullptr; }, 60000))
        qWarning("the boot repair did not end");
    visitPage(run, "boot: repaired", visit);
    Seams::setNextAnswer(true);
    run.find<QPushButton>("undoBootRepair")->click();
    visit(run, "boot: undone");
}

void failedStart(const QString& language, const PageVisit& visit) {
    TargetSpec missing;
    missing.kind = TargetSpec::Kind::WindowsDir;
    missing.path = "/nonexistent/Windows";
    WizardHarness run(missing, language);
    visit(run, "welcome, the installation cannot be opened");
}

void addText(QStringList& texts, const QString& text) {
    if (!text.trimmed().isEmpty())
        texts << text;
}

} // namespace

void tourEveryPage(const QString& language, const QString& reportFile, const PageVisit& visit) {
    Seams::recordOpenedUrls(true);
    fixPath(language, reportFile, visit);
    otherPaths(language, visit);
    bootPath(language, visit);
    failedStart(language, visit);
}

QStringList visibleTexts(QWizard& wizard) {
    QStringList texts{wizard.windowTitle(), wizard.currentPage()->title(), wizard.currentPage()->subTitle()};
    for (QWidget* widget : wizard.findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(&wizard))
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget))
            addText(texts, label->text());
        else if (auto* link = qobject_cast<QCommandLinkButton*>(widget))
            texts << link->text() << link->description();
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            addText(texts, button->text());
        else if (auto* box = qobject_cast<QGroupBox*>(widget))
            addText(texts, box->title());
        else if (auto* combo = qobject_cast<QComboBox*>(widget))
            addText(texts, combo->currentText());
        else if (auto* edit = qobject_cast<QLineEdit*>(widget))
            texts << edit->text() << edit->placeholderText();
        else if (auto* tree = qobject_cast<QTreeWidget*>(widget)) {
            for (int column = 0; column < tree->columnCount(); ++column) {
                addText(texts, tree->headerItem()->text(column));
                for (int row = 0; row < tree->topLevelItemCount(); ++row)
                    addText(texts, tree->topLevelItem(row)->text(column));
            }
        }
    }
    return texts;
}

QList<QPair<QChar, QString>> visibleAccelerators(QWizard& wizard) {
    QList<QPair<QChar, QString>> found;
    const auto add = [&found](const QString& text) {
        for (qsizetype i = text.indexOf('&'); i >= 0 && i + 1 < text.size(); i = text.indexOf('&', i + 2)) {
            if (text[i + 1] != '&') {
                found.append({text[i + 1].toLower(), text});
                break;
            }
        }
    };
    for (QWidget* widget : wizard.findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(&wizard))
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            add(label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button->text());
        else if (auto* box = qobject_cast<QGroupBox*>(widget))
            add(box->title());
    }
    return found;
}

} // namespace heapfix::test
