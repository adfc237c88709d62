#pragma once
// What every page has: the shared session, retranslation on a language change, and building its widgets
// when it is first entered. The building blocks pages share live in widgets/.

#include "PageIds.h"
#include "WizardSession.h"
#include "widgets/DetailsSection.h"
#include "widgets/StatusLine.h"

#include <QLabel>
#include <QPushButton>
#include <QWizardPage>

class QVBoxLayout;

namespace heapfix {

class HeapfixWizard;

// When a page makes its widgets. Only the first page needs them before the wizard's first paint; every other
// page is Lazy, so that start-up does not build and lay out pages nobody has opened yet (issue 7).
enum class PageBuild {
    Eager, // in the constructor (the welcome page)
    Lazy,  // in build(), when the page is first entered: its initializePage() calls ensureBuilt() first
};

// A Lazy page:
//  - passes PageBuild::Lazy to PageBase; its constructor makes only the empty page (page flags such as
//    setCommitPage, no child widgets) and its widget pointers start as nullptr;
//  - makes its widgets and layout in build() (what an Eager constructor does, without retranslate());
//  - calls ensureBuilt() first thing in initializePage(): QWizard initializes a page before it shows it, so
//    the window is laid out with the whole page and its size does not jump;
//  - in isComplete(), validatePage() and nextId() (QWizard may call them on any page) touches a widget only
//    when isBuilt().
// retranslate() is only called once built (ensureBuilt() calls it right after build()); until then a language
// change passes the page by, and its title and texts are set when it is built.
class PageBase : public QWizardPage {
    Q_OBJECT
public:
    explicit PageBase(WizardSession& session, QWidget* parent = nullptr); // PageBuild::Eager
    PageBase(WizardSession& session, PageBuild when, QWidget* parent = nullptr);

    bool isBuilt() const { return built_; }
    // Builds the page if needed and shows what the session holds now; a page with more to do on entering
    // (a backup to make, a list to fill) overrides it and calls ensureBuilt() first.
    void initializePage() override;
    // Builds a Lazy page's widgets (build(), then retranslate()) unless that is done already.
    void ensureBuilt();
    // QWizardPage's setters, hidden here so that every page's retranslate() uses them: they set only a text
    // that changes. On the current page QWizardPage lays the whole wizard out again on every call, changed or
    // not.
    void setTitle(const QString& title);
    void setSubTitle(const QString& subTitle);

protected:
    WizardSession& session() { return session_; }
    const WizardSession& session() const { return session_; }
    HeapfixWizard* heapfixWizard() const;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    // A Lazy page's widgets and layout; called once, by ensureBuilt().
    virtual void build() {}
    // Sets every visible text again; called once built and on each language change.
    virtual void retranslate() = 0;
    static QLabel* paragraph(QWidget* parent, const QString& objectName);
    // A button of the page's own that calls `clicked`; never a default button, so that Enter stays with the
    // wizard's buttons.
    template <typename Page>
    static QPushButton* button(Page* page, const QString& objectName, void (Page::*clicked)()) {
        auto* made = new QPushButton(page);
        made->setObjectName(objectName);
        made->setAutoDefault(false);
        connect(made, &QPushButton::clicked, page, clicked);
        return made;
    }
    // The layout a page puts its content in: inside a scroll area, so that a page taller than a small
    // screen (1366x768 at 125%, 1920x1080 at 200%, a taskbar) scrolls while the wizard's buttons stay on it.
    QVBoxLayout* contentLayout();
    // The page's introduction, a paragraph at the top of its content (made on first use, placed there once
    // build() has laid the rest out).
    QLabel* intro();
    // The page's "Show details" section (technical details, off the main path): made on first use, placed
    // at the bottom of the content once build() has laid the rest out.
    DetailsSection* details();

private:
    WizardSession& session_;
    bool built_;
    QVBoxLayout* content_ = nullptr;
    QLabel* intro_ = nullptr;
    DetailsSection* details_ = nullptr;
};

} // namespace heapfix
