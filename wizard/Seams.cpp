#include "Seams.h"

#include <QDesktopServices>
#include <QFileDialog>

#include <optional>

namespace heapfix {
namespace {
std::optional<QString> nextDirectory;
std::optional<QString> nextFileName;
bool recordUrls = false;
QStringList opened;
} // namespace

QString Seams::existingDirectory(QWidget* parent, const QString& title, const QString& start) {
    if (nextDirectory) {
        const QString answer = *nextDirectory;
        nextDirectory.reset();
        return answer;
    }
    return QFileDialog::getExistingDirectory(parent, title, start);
}

QString Seams::saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                            const QString& filter) {
    if (nextFileName) {
        const QString answer = *nextFileName;
        nextFileName.reset();
        return answer;
    }
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

bool Seams::openUrl(const QUrl& url) {
    if (recordUrls) {
        opened << url.toString();
        return true;
    }
    return QDesktopServices::openUrl(url);
}

void Seams::setNextDirectory(const QString& folder) {
    nextDirectory = folder;
}
void Seams::setNextFileName(const QString& file) {
    nextFileName = file;
}
void Seams::recordOpenedUrls(bool record) {
    recordUrls = record;
    opened.clear();
}
QStringList Seams::openedUrls() {
    return opened;
}

} // namespace heapfix
