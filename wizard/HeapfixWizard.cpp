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
#include <QScreen>

#include <algorithm>
#include <utility>

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
    // "Windows does not start: 0xC0000017"
    for (auto [id, page] : {std::pair<int, QWizardPage*>{BootLocatePageId, new BootLocatePage(shared)},
                            {BootCheckPageId, new BootCheckPage(shared)},
                            {BootRepairPageId, new BootRepairPage(shared)}})
        setPage(id, page);
    setStartId(WelcomePageId);
    // What a page cannot show scrolls inside it (PageBase::contentLayout), so QWizard's own minimum (from its
    // layout) stays small enough for 1920x1080 at 200% with a taskbar; the window opens at a comfortable
    // size, never larger than the screen (fitToScreen).
    resize(800, 680);
    retranslate();
}

HeapfixWizard::~HeapfixWizard() = default;

void HeapfixWizard::switchLanguage(const QString& language) {
    if (language == language_.current())
        return;
    language_.switchTo(language);
    // The translators post LanguageChange; deliver it now so that the switch is complete when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

void HeapfixWizard::startOver(WizardMode mode) {
    restart();
    static_cast<WelcomePage*>(page(WelcomePageId))->choose(mode);
    next();
}

void HeapfixWizard::askWhetherSolved() {
    setStartId(FeedbackPageId);
    restart();
    setStartId(WelcomePageId); // "put the old setting back" starts over from the welcome page
}

void HeapfixWizard::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

// QWizard's own texts follow no language change (PLATFORM-NOTES.md), and Qt's Dutch gives Back and Finish the
// same accelerator ("< &Terug", "Vol&tooien"): the wizard sets all four itself, accelerators unique.
void HeapfixWizard::retranslate() {
    setWindowTitle(tr("heapfix — Fix desktop heap problems"));
    setButtonText(BackButton, tr("< &Back"));
    setButtonText(NextButton, tr("&Next >"));
    setButtonText(FinishButton, tr("&Finish"));
    setButtonText(CancelButton, tr("Cancel"));
}

void HeapfixWizard::showEvent(QShowEvent* event) {
    QWizard::showEvent(event);
    fitToScreen();
}

// Never larger than the screen's free area (without the taskbar), so that Next and Cancel stay on it.
void HeapfixWizard::fitToScreen() {
    const QScreen* where = screen();
    if (!where)
        return;
    const QRect free = where->availableGeometry();
    const QSize frame = frameGeometry().size() - geometry().size();
    const QSize room = free.size() - frame;
    if (width() > room.width() || height() > room.height())
        resize(std::min(width(), room.width()), std::min(height(), room.height()));
}

} // namespace heapfix
