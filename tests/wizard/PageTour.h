#pragma once
// Every page of every path of the real wizard, in one language, in each state a user can bring it into:
// details open, the advanced view (with a warning, and with today's numbers), the answer No with a saved
// report, the restore, "do it myself" after a copy, "only show", the boot repair and its undo on the practice
// installation, and the welcome page of a start whose installation cannot be opened. Tests of the whole
// interface (words, accelerators, size) visit each of these states.

#include "WizardHarness.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace heapfix::test {

using PageVisit = std::function<void(WizardHarness& run, const QString& where)>;

// Calls `visit` on each state; `reportFile` receives the diagnostic report the No answer saves.
void tourEveryPage(const QString& language, const QString& reportFile, const PageVisit& visit);

// Every text a user can see in the wizard window now: titles, labels, buttons (QWizard's own included),
// group boxes, list rows and headers, combo boxes and line edits.
QStringList visibleTexts(QWizard& wizard);

// The accelerators (the letter after '&') of the visible controls of the current page and of QWizard's
// visible buttons, each with the text it belongs to.
QList<QPair<QChar, QString>> visibleAccelerators(QWizard& wizard);

} // namespace heapfix::test
