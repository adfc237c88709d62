#pragma once
// What every page has: the shared session, retranslation on a language change, and a few building blocks
// (a status line with an icon, a "Show details" section).

#include "PageIds.h"
#include "WizardSession.h"

#include <QLabel>
#include <QWizardPage>

class QPushButton;
class QVBoxLayout;

namespace heapfix {

class HeapfixWizard;

enum class StatusKind { Ok, Warning, Error, Info, Busy };

QIcon statusIcon(StatusKind kind);

// An icon and a sentence side by side, for "The backup is made and checked." and the like.
class StatusLine : public QWidget {
    Q_OBJECT
public:
    explicit StatusLine(QWidget* parent = nullptr);
    void show(StatusKind kind, const QString& text);
    QString text() const;
    StatusKind kind() const { return kind_; }

private:
    QLabel* icon_;
    QLabel* label_;
    StatusKind kind_ = StatusKind::Info;
};

// Technical details (registry key, raw value, error details) kept off the main path behind a button.
class DetailsSection : public QWidget {
    Q_OBJECT
public:
    explicit DetailsSection(QWidget* parent = nullptr);
    void setDetails(const QString& text);
    void retranslate();
    QPushButton* toggle() const { return toggle_; }
    bool isOpen() const;

private:
    QPushButton* toggle_;
    QLabel* details_;
};

class PageBase : public QWizardPage {
    Q_OBJECT
public:
    explicit PageBase(WizardSession& session, QWidget* parent = nullptr);

protected:
    WizardSession& session() { return session_; }
    const WizardSession& session() const { return session_; }
    HeapfixWizard* heapfixWizard() const;
    void changeEvent(QEvent* event) override;
    // Sets every visible text again; called once built and on each language change.
    virtual void retranslate() = 0;
    static QLabel* paragraph(QWidget* parent, const QString& objectName);

private:
    WizardSession& session_;
};

} // namespace heapfix
