#include "Seams.h"

#include "ModelText.h"

#include "model/backup/AtomicFile.h"
#ifdef Q_OS_WIN
#include "model/win32/DesktopHeap.h"
#include "model/win32/RunOnce.h"

#include <QCoreApplication>
#endif

#include <QDesktopServices>
#include <QFileDialog>
#include <QMessageBox>

#include <optional>
#include <utility>

namespace heapfix {
namespace {
std::optional<QString> nextDirectory;
std::optional<QString> nextFileName;
bool acceptSuggestion = false;
bool urlsOpen = true;
std::optional<QString> nextOpenFileName;
std::optional<bool> nextAnswer;
bool recordUrls = false;
QStringList opened;
QStringList registered;
std::optional<DesktopHeapSize> heapSize;
} // namespace

// The answer set in advance, once: the next call asks the desktop again.
template <typename T>
std::optional<T> take(std::optional<T>& next) {
    std::optional<T> answer = std::move(next);
    next.reset();
    return answer;
}

QString Seams::existingDirectory(QWidget* parent, const QString& title, const QString& start) {
    if (auto answer = take(nextDirectory))
        return *answer;
    return QFileDialog::getExistingDirectory(parent, title, start);
}

QString Seams::saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                            const QString& filter) {
    if (auto answer = take(nextFileName))
        return *answer;
    if (std::exchange(acceptSuggestion, false))
        return suggested;
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString Seams::openFileName(QWidget* parent, const QString& title, const QString& start,
                            const QString& filter) {
    if (auto answer = take(nextOpenFileName))
        return *answer;
    return QFileDialog::getOpenFileName(parent, title, start, filter);
}

bool Seams::confirm(QWidget* parent, const QString& title, const QString& text) {
    if (auto answer = take(nextAnswer))
        return *answer;
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

bool Seams::openUrl(const QUrl& url) {
    if (recordUrls) {
        opened << url.toString();
        return urlsOpen;
    }
    return QDesktopServices::openUrl(url);
}

void Seams::setNextDirectory(const QString& folder) {
    nextDirectory = folder;
}
void Seams::setNextFileName(const QString& file) {
    nextFileName = file;
}
void Seams::setNextOpenFileName(const QString& file) {
    nextOpenFileName = file;
}
void Seams::setNextAnswer(bool yes) {
    nextAnswer = yes;
}
void Seams::acceptNextSuggestedFileName() {
    acceptSuggestion = true;
}
void Seams::recordOpenedUrls(bool record, bool opens) {
    recordUrls = record;
    urlsOpen = opens;
    opened.clear();
}
QStringList Seams::openedUrls() {
    return opened;
}

QString Seams::registerFeedback(const std::filesystem::path& record) {
#ifdef Q_OS_WIN
    const auto program = std::filesystem::path(QCoreApplication::applicationFilePath().toStdWString());
    if (auto done = registerFeedbackRunOnce(program, record); !done)
        return ModelText::error(done.error());
#endif
    registered << QString::fromStdString(pathToUtf8(record));
    return {};
}
QStringList Seams::registeredFeedback() {
    return registered;
}

std::optional<DesktopHeapSize> Seams::desktopHeapSize(TargetKind kind) {
    if (kind != TargetKind::Live)
        return std::nullopt;
#ifdef Q_OS_WIN
    // The desktop heapfix runs on keeps its heap for the life of the process: asked once.
    static const DesktopHeapSize measured = currentDesktopHeapSize();
    if (!heapSize)
        return measured;
#endif
    return heapSize;
}

void Seams::setDesktopHeapSize(std::optional<DesktopHeapSize> size) {
    heapSize = std::move(size);
}

} // namespace heapfix
