#include "SystemCheckPage.h"

#include "EvidenceText.h"
#include "ModelText.h"
#include "TargetText.h"

#include <QFormLayout>
#include <QVBoxLayout>

namespace heapfix {
namespace {

constexpr const char* kRows[] = {"windowsName", "windowsBuild", "windowsBitness", "targetDescription",
                                 "administratorRights"};

} // namespace

SystemCheckPage::SystemCheckPage(WizardSession& session, QWidget* parent)
    : PageBase(session, PageBuild::Lazy, parent) {}

void SystemCheckPage::build() {
    form_ = new QFormLayout;
    form_->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form_->setVerticalSpacing(10);
    for (const char* name : kRows) {
        auto* value = new QLabel(this);
        value->setObjectName(name);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form_->addRow(new QLabel(this), value);
        values_ << value;
    }
    versionNote_ = new StatusLine(QStringLiteral("versionNote"), this);
    status_ = new StatusLine(QStringLiteral("readStatus"), this);
    evidence_ = new StatusLine(QStringLiteral("evidence"), this);
    details(); // at the bottom of the page
    QVBoxLayout* layout = contentLayout();
    auto* panel = new QFrame(this);
    panel->setFrameShape(QFrame::StyledPanel);
    panel->setLayout(form_);
    layout->addWidget(panel);
    layout->addWidget(versionNote_);
    layout->addSpacing(8);
    layout->addWidget(status_);
    layout->addWidget(evidence_);
}

bool SystemCheckPage::isComplete() const {
    const HeapPass* pass = session().heap();
    return pass && pass->inspected();
}

void SystemCheckPage::retranslate() {
    setTitle(tr("System check"));
    setSubTitle(tr("Which Windows heapfix is looking at, and whether it can change the setting."));
    const WindowsVersion& windows = session().windows();
    const TargetInfo info = session().targetInfo();
    const bool known = windows.source != VersionSource::Unknown;
    // The product name ("Windows 10 Pro") says the edition too, the same in every language.
    QString name = known && !windows.productName.empty() && windows.source == VersionSource::Read
                       ? toQString(windows.productName)
                       : TargetText::windowsName(windows);
    QString administrator = tr("Not needed: the installation is a set of files");
    if (info.elevated)
        administrator = *info.elevated ? tr("Yes") : tr("No: heapfix can look, but not change the setting");
    const QString labels[] = {tr("Windows:"), tr("Version and build:"), tr("32 or 64-bit:"),
                              tr("Installation:"), tr("Administrator rights:")};
    const QString texts[] = {
        name.isEmpty() ? tr("Cannot be determined") : name,
        known && windows.major
            ? QStringLiteral("%1.%2.%3").arg(windows.major).arg(windows.minor).arg(windows.build)
            : tr("Cannot be determined"),
        TargetText::architecture(windows), TargetText::targetKind(info), administrator};
    for (int row = 0; row < values_.size(); ++row) {
        qobject_cast<QLabel*>(form_->itemAt(row, QFormLayout::LabelRole)->widget())->setText(labels[row]);
        values_[row]->setText(texts[row]);
        values_[row]->setAccessibleName(labels[row].chopped(1));
    }
    versionNote_->show(StatusKind::Warning, TargetText::versionSource(windows.source));

    const HeapPass* pass = session().heap();
    const Error* error = pass && !pass->inspection() ? &pass->inspection().error() : nullptr;
    if (error)
        status_->show(StatusKind::Error,
                      tr("The setting could not be read: %1").arg(ModelText::error(*error)));
    else if (pass)
        status_->show(StatusKind::Ok, tr("The setting could be read."));
    else
        status_->show(StatusKind::Info, QString());
    QString technical =
        tr("Registry key: %1").arg(toQString(session().target().registry().resolveKey(kSubSystemsKey)));
    if (!info.controlSet.empty())
        technical += "\n" + tr("Control set: %1").arg(toQString(info.controlSet));
    if (error)
        technical += "\n" + toQString(error->message());
    if (pass) {
        evidence_->show(EvidenceText::warns(pass->evidence(), info.kind) ? StatusKind::Warning
                                                                         : StatusKind::Info,
                        EvidenceText::sentence(pass->evidence(), pass->diagnosis(), info.kind));
        technical += "\n" + EvidenceText::details(pass->evidence());
    } else {
        evidence_->show(StatusKind::Info, QString());
    }
    details()->setDetails(technical);
}

} // namespace heapfix
