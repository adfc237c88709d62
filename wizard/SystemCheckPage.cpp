#include "SystemCheckPage.h"

#include "ModelText.h"

#include <QFormLayout>
#include <QVBoxLayout>

namespace heapfix {
namespace {

QLabel* valueLabel(QWidget* parent, const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString orUnknown(const std::string& text) {
    return text.empty() ? SystemCheckPage::tr("Cannot be determined") : toQString(text);
}

} // namespace

SystemCheckPage::SystemCheckPage(WizardSession& session, QWidget* parent)
    : PageBase(session, PageBuild::Lazy, parent) {}

void SystemCheckPage::build() {
    form_ = new QFormLayout;
    windowsName_ = valueLabel(this, "windowsName");
    build_ = valueLabel(this, "windowsBuild");
    edition_ = valueLabel(this, "windowsEdition");
    bitness_ = valueLabel(this, "windowsBitness");
    target_ = valueLabel(this, "targetDescription");
    administrator_ = valueLabel(this, "administratorRights");
    versionNote_ = new StatusLine(this);
    status_ = new StatusLine(this);
    details_ = new DetailsSection(this);
    versionNote_->setObjectName("versionNote");
    status_->setObjectName("readStatus");
    for (QLabel* value : {windowsName_, build_, edition_, bitness_, target_, administrator_})
        form_->addRow(new QLabel(this), value);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form_);
    layout->addWidget(versionNote_);
    layout->addSpacing(8);
    layout->addWidget(status_);
    layout->addStretch();
    layout->addWidget(details_);
}

void SystemCheckPage::initializePage() {
    ensureBuilt();
    retranslate();
}

bool SystemCheckPage::isComplete() const {
    const HeapPass* pass = session().heap();
    return pass && pass->inspected();
}

void SystemCheckPage::retranslate() {
    setTitle(tr("System check"));
    setSubTitle(tr("Which Windows heapfix is looking at, and whether it can change the setting."));
    const QStringList labels{tr("Windows:"),      tr("Version and build:"), tr("Edition:"),
                             tr("32 or 64-bit:"), tr("Installation:"),      tr("Administrator rights:")};
    const QList<QLabel*> values{windowsName_, build_, edition_, bitness_, target_, administrator_};
    for (int row = 0; row < values.size(); ++row) {
        auto* label = qobject_cast<QLabel*>(form_->itemAt(row, QFormLayout::LabelRole)->widget());
        label->setText(labels[row]);
        values[row]->setAccessibleName(labels[row].chopped(1));
    }
    const WindowsVersion& windows = session().windows();
    const bool known = windows.source != VersionSource::Unknown;
    const QString windowsName = ModelText::windowsName(windows);
    windowsName_->setText(windowsName.isEmpty() ? tr("Cannot be determined") : windowsName);
    build_->setText(known && windows.major
                        ? QStringLiteral("%1.%2.%3").arg(windows.major).arg(windows.minor).arg(windows.build)
                        : tr("Cannot be determined"));
    edition_->setText(orUnknown(windows.edition.empty() ? windows.productName : windows.edition));
    bitness_->setText(ModelText::architecture(windows));
    const TargetInfo info = session().targetInfo();
    target_->setText(ModelText::targetKind(info));
    if (info.elevated)
        administrator_->setText(*info.elevated ? tr("Yes")
                                               : tr("No: heapfix can look, but not change the setting"));
    else
        administrator_->setText(tr("Not needed: the installation is a set of files"));
    versionNote_->show(StatusKind::Warning, ModelText::versionSource(windows.source));

    const HeapPass* pass = session().heap();
    const Error* error = pass && !pass->inspection() ? &pass->inspection().error() : nullptr;
    if (error)
        status_->show(StatusKind::Error,
                      tr("The setting could not be read: %1").arg(ModelText::error(*error)));
    else if (pass)
        status_->show(StatusKind::Ok, tr("The setting could be read."));
    else
        status_->show(StatusKind::Info, QString());
    QString details =
        tr("Registry key: %1").arg(toQString(session().target().registry().resolveKey(kSubSystemsKey)));
    if (!info.controlSet.empty())
        details += "\n" + tr("Control set: %1").arg(toQString(info.controlSet));
    if (error)
        details += "\n" + toQString(error->message());
    details_->setDetails(details);
}

} // namespace heapfix
