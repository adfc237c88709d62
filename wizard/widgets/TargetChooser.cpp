#include "TargetChooser.h"

#include "PathField.h"
#include "Seams.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>

namespace heapfix {
namespace {

// The kinds in the order of the list; this computer only where there is a live registry.
enum Kind { ThisComputer, WindowsFolder, Practice };

} // namespace

TargetChooser::TargetChooser(QWidget* parent)
    : QWidget(parent)
    , summary_(new StatusLine(QStringLiteral("targetSummary"), this))
    , change_(new QPushButton(this))
    , choice_(new QWidget(this))
    , kindLabel_(new QLabel(choice_))
    , kind_(new QComboBox(choice_))
    , details_(new QStackedWidget(choice_))
    , folder_(new PathField(QStringLiteral("targetFolder"), details_))
    , sample_(new QComboBox(details_))
    , startOver_(new QPushButton(details_)) {
    change_->setObjectName("changeTarget");
    kind_->setObjectName("targetKind");
    sample_->setObjectName("targetSample");
    startOver_->setObjectName("startPracticeOver");
    change_->setAutoDefault(false);
    startOver_->setAutoDefault(false);
    change_->setCheckable(true);
    kindLabel_->setBuddy(kind_);
    for (const std::string& name : sampleNames())
        sample_->addItem(QString::fromStdString(name), QString::fromStdString(name));
    folder_->setChooser([this](const QString& start) {
        return Seams::existingDirectory(this, tr("Choose the Windows folder of the installation"), start);
    });

    auto* practice = new QWidget(details_);
    auto* practiceRow = new QHBoxLayout(practice);
    practiceRow->setContentsMargins(0, 0, 0, 0);
    practiceRow->addWidget(sample_);
    practiceRow->addWidget(startOver_);
    practiceRow->addStretch();
    auto* computer = new QLabel(details_);
    computer->setObjectName("thisComputerNote");
    details_->addWidget(computer);
    details_->addWidget(folder_);
    details_->addWidget(practice);

    auto* choiceGrid = new QGridLayout(choice_);
    choiceGrid->setContentsMargins(0, 0, 0, 0);
    choiceGrid->addWidget(kindLabel_, 0, 0);
    choiceGrid->addWidget(kind_, 0, 1);
    choiceGrid->setColumnStretch(2, 1);
    choiceGrid->addWidget(details_, 1, 0, 1, 3);
    auto* top = new QHBoxLayout;
    top->addWidget(summary_, 1);
    top->addWidget(change_, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(choice_);
    choice_->setVisible(false);

    connect(change_, &QPushButton::toggled, this, &TargetChooser::setOpen);
    connect(kind_, &QComboBox::activated, this, &TargetChooser::kindChanged);
    connect(folder_, &PathField::changed, this, [this] {
        if (!folder_->path().empty())
            emit chosen();
    });
    connect(sample_, &QComboBox::activated, this, &TargetChooser::chosen);
    connect(startOver_, &QPushButton::clicked, this, &TargetChooser::startOver);
    retranslate();
}

void TargetChooser::showTarget(StatusKind kind, const QString& text, const TargetSpec& current) {
    summary_->show(kind, text);
    const int index = kind_->findData(current.kind == TargetSpec::Kind::WindowsDir ? WindowsFolder
                                      : current.kind == TargetSpec::Kind::Live     ? ThisComputer
                                                                                   : Practice);
    if (index >= 0 && kind != StatusKind::Error) {
        kind_->setCurrentIndex(index);
        showDetailsOf(kind_->currentData().toInt());
    }
    if (current.kind == TargetSpec::Kind::Sample || current.kind == TargetSpec::Kind::Default)
        sample_->setCurrentIndex(std::max(0, sample_->findData(QString::fromStdString(current.sampleName))));
    if (current.kind == TargetSpec::Kind::WindowsDir)
        folder_->setPath(current.path);
    if (kind == StatusKind::Error)
        change_->setChecked(true);
}

TargetSpec TargetChooser::spec() const {
    TargetSpec spec;
    switch (kind_->currentData().toInt()) {
    case ThisComputer:
        spec.kind = TargetSpec::Kind::Live;
        break;
    case WindowsFolder:
        spec.kind = TargetSpec::Kind::WindowsDir;
        spec.path = folder_->path();
        break;
    default:
        spec.kind = TargetSpec::Kind::Sample;
        spec.sampleName = sample_->currentData().toString().toStdString();
        break;
    }
    return spec;
}

bool TargetChooser::isOpen() const {
    return change_->isChecked();
}

void TargetChooser::setOpen(bool open) {
    choice_->setVisible(open);
    retranslate();
    emit openChanged();
}

// Only the chosen kind's row takes room: a stacked widget is otherwise as tall as its tallest page.
void TargetChooser::showDetailsOf(int kind) {
    for (int i = 0; i < details_->count(); ++i) {
        const auto policy = i == kind ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        details_->widget(i)->setSizePolicy(policy, policy);
    }
    details_->setCurrentIndex(kind);
    details_->adjustSize();
}

void TargetChooser::kindChanged() {
    const int kind = kind_->currentData().toInt();
    showDetailsOf(kind);
    // A folder is opened once it is named; the others at once.
    if (kind != WindowsFolder || !folder_->path().empty())
        emit chosen();
}

void TargetChooser::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TargetChooser::retranslate() {
    const int current = kind_->currentIndex();
    kind_->clear();
#ifdef Q_OS_WIN
    kind_->addItem(tr("This computer"), ThisComputer);
#endif
    kind_->addItem(tr("A Windows folder (a disk from another computer)"), WindowsFolder);
    kind_->addItem(tr("The practice installation"), Practice);
    kind_->setCurrentIndex(current < 0 ? kind_->findData(Practice) : current);
    showDetailsOf(kind_->currentData().toInt());
    kindLabel_->setText(tr("&Work on:"));
    kind_->setAccessibleName(tr("Work on"));
    change_->setText(isOpen() ? tr("&Close") : tr("&Change…"));
    change_->setAccessibleName(tr("Change the installation"));
    folder_->setTexts(tr("The Windows folder of the installation (the folder that holds System32):"),
                      tr("Windows folder"), tr("for example F:\\Windows or /mnt/broken/Windows"));
    sample_->setAccessibleName(tr("Practice installation"));
    startOver_->setText(tr("Start the &practice over"));
    startOver_->setAccessibleName(tr("Start the practice over"));
    if (auto* note = details_->findChild<QLabel*>("thisComputerNote"))
        note->setText(tr("The Windows that runs heapfix now."));
}

} // namespace heapfix
