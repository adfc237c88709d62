#include "WizardHarness.h"

#include "ApplyPage.h"
#include "PageBase.h"

#include "widgets/SavedPath.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QLabel>

namespace heapfix::test {

WizardHarness::WizardHarness(std::unique_ptr<Target> target, const QString& language,
                             std::optional<std::filesystem::path> backupFolder, bool portableRefused) {
    language_.switchTo(language);
    DataLocation data;
    data.root = dataRoot_ = std::filesystem::path(folder.path().toStdString()) / "data";
    data.portableRefused = portableRefused;
    backupFolder_ = backupFolder.value_or(data.backups());
    start(std::make_unique<WizardSession>(std::move(target), data, backupFolder_));
}

WizardHarness::WizardHarness(const TargetSpec& spec, const QString& language,
                             std::filesystem::path dataRoot) {
    language_.switchTo(language);
    DataLocation data;
    data.root = dataRoot_ =
        dataRoot.empty() ? std::filesystem::path(folder.path().toStdString()) / "data" : std::move(dataRoot);
    backupFolder_ = data.backups();
    start(std::make_unique<WizardSession>(spec, data, backupFolder_));
}

void WizardHarness::start(std::unique_ptr<WizardSession> session) {
    wizard_ = std::make_unique<HeapfixWizard>(std::move(session), language_);
    QObject::connect(wizard_.get(), &QWizard::currentIdChanged, [this](int id) {
        if (visited.isEmpty() || visited.last() != id)
            visited << id;
    });
    wizard_->show();
    if (!QTest::qWaitForWindowExposed(wizard_.get()))
        qWarning("the wizard window was not exposed");
    if (visited.isEmpty())
        visited << wizard_->currentId();
}

QString WizardHarness::title() const {
    return wizard_->currentPage()->title();
}

QString WizardHarness::text(const char* labelName) {
    QWidget* widget = wizard_->currentPage()->findChild<QWidget*>(QString::fromLatin1(labelName));
    if (auto* label = qobject_cast<QLabel*>(widget))
        return label->text();
    if (auto* status = qobject_cast<StatusLine*>(widget))
        return status->isVisibleTo(wizard_.get()) ? status->text() : QString();
    if (auto* saved = qobject_cast<SavedPath*>(widget))
        return saved->isVisibleTo(wizard_.get()) ? saved->text() : QString();
    qWarning("no label %s on page %d", labelName, wizard_->currentId());
    return {};
}

QAbstractButton* WizardHarness::primaryButton() const {
    for (auto which : {QWizard::CommitButton, QWizard::NextButton, QWizard::FinishButton}) {
        QAbstractButton* button = wizard_->button(which);
        if (button->isVisible() && button->isEnabled())
            return button;
    }
    return nullptr;
}

bool WizardHarness::choose(const char* link) {
    auto* button = find<QCommandLinkButton>(link);
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return page() != WelcomePageId;
}

bool WizardHarness::clickPrimary() {
    QAbstractButton* button = primaryButton();
    if (!button)
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

void WizardHarness::pressEnter() {
    QWidget* focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : wizard_.get(), Qt::Key_Return);
}

bool WizardHarness::waitUntilApplied() {
    auto* apply = qobject_cast<ApplyPage*>(wizard_->page(ApplyPageId));
    return QTest::qWaitFor([apply] { return apply->isDone(); }, 10000);
}

QStringList WizardHarness::regFiles() const {
    return QDir(QString::fromStdString(backupFolder_.string())).entryList({"*.reg"}, QDir::Files, QDir::Name);
}

} // namespace heapfix::test
