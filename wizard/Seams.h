#pragma once
// The few places where the wizard asks the desktop for something (a folder, a file name, opening a folder,
// a yes/no question).
// Tests and the screenshot tour answer them in advance, as KeePassXC's FileDialog::setNextFileName does, so
// that no modal dialog ever waits for a click that will not come.

#include "model/core/DesktopHeapSize.h"
#include "model/core/Target.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <filesystem>
#include <optional>

class QWidget;

namespace heapfix {

class Seams {
public:
    static QString existingDirectory(QWidget* parent, const QString& title, const QString& start);
    static QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                                const QString& filter);
    static QString openFileName(QWidget* parent, const QString& title, const QString& start,
                                const QString& filter);
    static bool openUrl(const QUrl& url);
    // A yes/no question (QMessageBox::question); true for yes.
    static bool confirm(QWidget* parent, const QString& title, const QString& text);

    // The next call answers with this instead of opening a dialog (an empty string means "cancelled").
    static void setNextDirectory(const QString& folder);
    static void setNextFileName(const QString& file);
    static void acceptNextSuggestedFileName(); // the next save dialog answers with the name it suggests
    static void setNextOpenFileName(const QString& file);
    static void setNextAnswer(bool yes);
    // Opened URLs are recorded instead of handed to the desktop; `opens` false: as on a desktop where no
    // program opens them.
    static void recordOpenedUrls(bool record, bool opens = true);
    static QStringList openedUrls();
    // "Ask me after the restart": on Windows the per-user RunOnce entry that starts heapfix --feedback RECORD
    // (model/win32/RunOnce); elsewhere (a live target there is a test's) the record is only noted. An empty
    // text means done; else why not.
    static QString registerFeedback(const std::filesystem::path& record);
    static QStringList registeredFeedback(); // the records noted, oldest first
    // The heap Windows gave the desktop heapfix runs on (UOI_HEAPSIZE, model/win32/DesktopHeap): on Windows
    // for a live target; nullopt for the others, and for a live target elsewhere (a test's) unless a test set
    // the size Windows would report.
    static std::optional<DesktopHeapSize> desktopHeapSize(TargetKind kind);
    static void setDesktopHeapSize(std::optional<DesktopHeapSize> size);
};

} // namespace heapfix
