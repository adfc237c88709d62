#include "RestorePage.h"

#include "ModelText.h"
#include "Seams.h"

#include <QDateTime>
#include <QDir>
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
    intro_ = paragraph(this, "restoreIntro");
    list_ = new QTreeWidget(this);
    choose_ = new QPushButton(this);
    preview_ = new StatusLine(this);
    warning_ = new StatusLine(this);
    list_->setObjectName("backupList");
    list_->setRootIsDecorated(false);
    list_->setColumnCount(3);
    list_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    choose_->setObjectName("chooseRestoreFolder");
    choose_->setAutoDefault(false);
    choose_->setIcon(QIcon(":/icons/folder.svg"));
    preview_->setObjectName("restorePreview");
    warning_->setObjectName("restoreWarning");
    connect(list_, &QTreeWidget::itemSelectionChanged, this, &RestorePage::selectionChanged);
    connect(choose_, &QPushButton::clicked, this, &RestorePage::chooseFolder);
    auto* row = new QHBoxLayout;
    row->addWidget(choose_);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
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
    records_ = session().listBackups();
    list_->clear();
    for (const BackupRecord& record : records_) {
        const QDateTime created = QDateTime::fromString(toQString(record.created), Qt::ISODate).toLocalTime();
        auto* item =
            new QTreeWidgetItem(list_, {QLocale().toString(created, QLocale::ShortFormat),
                                        ModelText::backupTarget(record), toQString(record.sharedSection)});
        item->setIcon(0, QIcon(":/icons/backup.svg"));
    }
    if (!records_.empty())
        list_->setCurrentItem(list_->topLevelItem(0));
    selectionChanged();
}

void RestorePage::chooseFolder() {
    const QString folder = Seams::existingDirectory(this, tr("Choose the folder with the backups"),
                                                    QString::fromStdString(session().backupFolder.string()));
    if (folder.isEmpty())
        return;
    session().backupFolder = std::filesystem::path(folder.toStdString());
    fillList();
}

void RestorePage::selectionChanged() {
    loadError_.reset();
    const int index = list_->currentItem() ? list_->indexOfTopLevelItem(list_->currentItem()) : -1;
    if (index >= 0 && index < static_cast<int>(records_.size())) {
        if (auto value = session().chooseRestore(records_[static_cast<std::size_t>(index)]); !value)
            loadError_ = value.error();
    }
    retranslate();
    emit completeChanged();
}

bool RestorePage::sameAsNow() const {
    const auto& inspection = session().inspection();
    return inspection && session().restoreValue() && inspection->value == *session().restoreValue();
}

bool RestorePage::isComplete() const {
    return isBuilt() && list_->currentItem() && !loadError_ && session().restoreValue() && !sameAsNow();
}

void RestorePage::retranslate() {
    setTitle(tr("Restore an earlier backup"));
    setSubTitle(tr("Choose a backup. Your current setting is backed up first, so this can be undone too."));
    setButtonText(QWizard::CommitButton, tr("&Restore this backup"));
    list_->setHeaderLabels({tr("Date"), tr("Installation"), tr("Numbers (KB)")});
    list_->setAccessibleName(tr("Backups"));
    choose_->setText(tr("Look in &another folder…"));
    choose_->setAccessibleName(tr("Look in another folder"));
    const QString folder = QDir::toNativeSeparators(toQString(session().backupFolder.string()));
    intro_->setText(records_.empty() ? tr("There are no backups in %1.").arg(folder)
                                     : tr("Backups in %1, newest first:").arg(folder));
    const auto& inspection = session().inspection();
    const QString now = inspection ? sharedSectionOf(inspection->value) : QString();
    const auto& choice = session().restoreChoice();
    if (loadError_)
        preview_->show(StatusKind::Error,
                       tr("This backup cannot be restored: %1").arg(ModelText::error(*loadError_)));
    else if (!choice || !list_->currentItem())
        preview_->show(StatusKind::Info, QString());
    else if (sameAsNow())
        preview_->show(StatusKind::Ok, tr("This backup holds the setting you have now: nothing to restore."));
    else
        preview_->show(StatusKind::Info, tr("Now: SharedSection=%1\nAfter restoring: SharedSection=%2")
                                             .arg(now.isEmpty() ? tr("(cannot be read)") : now,
                                                  toQString(choice->sharedSection)));
    const TargetInfo info = session().targetInfo();
    const bool otherInstallation = choice && !loadError_ &&
                                   (choice->targetKind != targetKindName(info.kind) ||
                                    (info.kind == TargetKind::Offline && choice->targetPath != info.path));
    warning_->show(
        StatusKind::Warning,
        otherInstallation
            ? tr("This backup was made of another installation (%1).").arg(ModelText::backupTarget(*choice))
            : QString());
}

} // namespace heapfix
