#include "RestorePage.h"

#include "ModelText.h"
#include "Paths.h"
#include "Seams.h"
#include "TargetText.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace heapfix {

RestorePage::RestorePage(WizardSession& session, QWidget* parent)
    : PageBase(session, PageBuild::Lazy, parent) {
    setCommitPage(true);
}

void RestorePage::build() {
    intro(); // at the top of the page
    list_ = new QTreeWidget(this);
    choose_ = button(this, QStringLiteral("chooseRestoreFolder"), &RestorePage::chooseFolder);
    preview_ = new StatusLine(QStringLiteral("restorePreview"), this);
    warning_ = new StatusLine(QStringLiteral("restoreWarning"), this);
    list_->setObjectName("backupList");
    list_->setRootIsDecorated(false);
    list_->setColumnCount(3);
    list_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    choose_->setIcon(QIcon(":/icons/folder.svg"));
    connect(list_, &QTreeWidget::itemSelectionChanged, this, &RestorePage::selectionChanged);
    auto* row = new QHBoxLayout;
    row->addWidget(choose_);
    row->addStretch();
    QVBoxLayout* layout = contentLayout();
    layout->addWidget(list_, 1);
    layout->addLayout(row);
    layout->addWidget(preview_);
    layout->addWidget(warning_);
}

void RestorePage::initializePage() {
    ensureBuilt();
    fillList();
}

void RestorePage::fillList() {
    records_ = BackupStore(session().backupFolder()).list();
    list_->clear();
    for (const BackupRecord& record : records_) {
        const QDateTime created = QDateTime::fromString(toQString(record.created), Qt::ISODate).toLocalTime();
        auto* item =
            new QTreeWidgetItem(list_, {QLocale().toString(created.date(), QLocale::ShortFormat) + ' ' +
                                            created.time().toString(QStringLiteral("HH:mm:ss")),
                                        TargetText::backupTarget(record), toQString(record.sharedSection)});
        item->setIcon(0, QIcon(":/icons/backup.svg"));
    }
    if (!records_.empty())
        list_->setCurrentItem(list_->topLevelItem(0));
    selectionChanged();
}

void RestorePage::chooseFolder() {
    const QString folder = Seams::existingDirectory(this, tr("Choose the folder with the backups"),
                                                    nativePath(session().backupFolder()));
    if (folder.isEmpty())
        return;
    session().setBackupFolder(pathFromUser(folder));
    fillList();
}

void RestorePage::selectionChanged() {
    const int index = list_->currentItem() ? list_->indexOfTopLevelItem(list_->currentItem()) : -1;
    HeapPass* pass = session().heap();
    if (pass && index >= 0 && index < static_cast<int>(records_.size()))
        pass->chooseRestore(records_[static_cast<std::size_t>(index)]);
    retranslate();
    emit completeChanged();
}

bool RestorePage::isComplete() const {
    const HeapPass* pass = session().heap();
    return isBuilt() && list_->currentItem() && pass && pass->restorable() && !pass->restoreIsSameAsNow();
}

void RestorePage::retranslate() {
    setTitle(tr("Restore an earlier backup"));
    setSubTitle(tr("Choose a backup. Your current setting is backed up first, so this can be undone too."));
    setButtonText(QWizard::CommitButton, tr("&Restore this backup"));
    list_->setHeaderLabels({tr("Date"), tr("Installation"), tr("Numbers (KB)")});
    list_->setAccessibleName(tr("Backups"));
    choose_->setText(tr("Look in &another folder…"));
    choose_->setAccessibleName(tr("Look in another folder"));
    const QString folder = nativePath(session().backupFolder());
    intro()->setText(records_.empty() ? tr("There are no backups in %1.").arg(folder)
                                      : tr("Backups in %1, newest first:").arg(folder));
    const HeapPass* pass = session().heap();
    const QString now = pass ? pass->sharedSectionBefore() : QString();
    const auto* chosen =
        pass && list_->currentItem() && pass->restoreChoice() ? &*pass->restoreChoice() : nullptr;
    const BackupRecord* choice = chosen && *chosen ? &(*chosen)->record : nullptr;
    if (chosen && !*chosen)
        preview_->show(StatusKind::Error,
                       tr("This backup cannot be restored: %1").arg(ModelText::error(chosen->error())));
    else if (!choice)
        preview_->show(StatusKind::Info, QString());
    else if (pass->restoreIsSameAsNow())
        preview_->show(StatusKind::Ok, tr("This backup holds the setting you have now: nothing to restore."));
    else
        preview_->show(StatusKind::Info, tr("Now: SharedSection=%1\nAfter restoring: SharedSection=%2")
                                             .arg(now.isEmpty() ? tr("(cannot be read)") : now,
                                                  toQString(choice->sharedSection)));
    const TargetInfo info = session().targetInfo();
    const bool otherInstallation =
        choice && (choice->targetKind != targetKindName(info.kind) ||
                   (info.kind == TargetKind::Offline && choice->targetPath != info.path));
    warning_->show(
        StatusKind::Warning,
        otherInstallation
            ? tr("This backup was made of another installation (%1).").arg(TargetText::backupTarget(*choice))
            : QString());
}

} // namespace heapfix
