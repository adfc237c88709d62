#include "HeapfixWizard.h"

#include "ApplyPage.h"
#include "BackupPage.h"
#include "BootCheckPage.h"
#include "BootLocatePage.h"
#include "BootRepairPage.h"
#include "CurrentSettingsPage.h"
#include "FeedbackPage.h"
#include "ManualStepsPage.h"
#include "ProposalPage.h"
#include "RestorePage.h"
#include "SystemCheckPage.h"
#include "WelcomePage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QIcon>

// Q_INIT_RESOURCE must be called outside a namespace; the icons live in this static library.
static void initIconResources() {
    Q_INIT_RESOURCE(heapfix);
}

namespace heapfix {

HeapfixWizard::HeapfixWizard(std::unique_ptr<WizardSession> session, Language& language, QWidget* parent)
    : QWizard(parent)
    , session_(std::move(session))
    , language_(language) {
    initIconResources();
    setObjectName("heapfixWizard");
    setWizardStyle(ModernStyle);
    setOption(NoBackButtonOnStartPage, true);
    setOption(HaveHelpButton, false);
    // One QIcon for both: each QIcon made from the file parses the SVG again.
    const QIcon logo(QStringLiteral(":/icons/heapfix.svg"));
    setWindowIcon(logo);
    setPixmap(LogoPixmap, logo.pixmap(QSize(48, 48), devicePixelRatioF()));
    WizardSession& shared = *session_;
    setPage(WelcomePageId, new WelcomePage(shared));
    setPage(SystemCheckPageId, new SystemCheckPage(shared));
    setPage(CurrentSettingsPageId, new CurrentSettingsPage(shared));
    setPage(ProposalPageId, new ProposalPage(shared));
    setPage(BackupPageId, new BackupPage(shared));
    setPage(ApplyPageId, new ApplyPage(shared));
    setPage(FeedbackPageId, new FeedbackPage(shared));
    setPage(ManualStepsPageId, new ManualStepsPage(shared));
    setPage(RestorePageId, new RestorePage(shared));
    setPage(BootLocatePageId, new BootLocatePage(shared));
    setPage(BootCheckPageId, new BootCheckPage(shared));
    setPage(BootRepairPageId, new BootRepairPage(shared));
    setStartId(WelcomePageId);
    setMinimumSize(760, 580);
    retranslate();
}

HeapfixWizard::~HeapfixWizard() = default;

void HeapfixWizard::switchLanguage(const QString& language) {
    if (language == language_.current())
        return;
    language_.switchTo(language);
    // The translators post LanguageChange; deliver it now so that the switch is complete when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    retranslateOwnButtons();
}

void HeapfixWizard::startOver(WizardMode mode) {
    restart();
    static_cast<WelcomePage*>(page(WelcomePageId))->choose(mode);
    next();
}

void HeapfixWizard::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void HeapfixWizard::retranslate() {
    setWindowTitle(tr("heapfix — Fix desktop heap problems"));
}

// QWizard sets its button texts only when the style changes (PLATFORM-NOTES.md): toggle it and back.
void HeapfixWizard::retranslateOwnButtons() {
    const WizardStyle style = wizardStyle();
    setWizardStyle(style == ClassicStyle ? ModernStyle : ClassicStyle);
    setWizardStyle(style);
}

} // namespace heapfix
