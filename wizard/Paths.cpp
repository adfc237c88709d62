#include "Paths.h"

#include <QDir>
#include <QFile>

namespace heapfix {

QString nativePath(const std::filesystem::path& path) {
#ifdef Q_OS_WIN
    const QString text = QString::fromStdWString(path.native());
#else
    const QString text = QFile::decodeName(path.c_str());
#endif
    return QDir::toNativeSeparators(text);
}

std::filesystem::path pathFromUser(const QString& text) {
    const QString clean = QDir::fromNativeSeparators(text.trimmed());
#ifdef Q_OS_WIN
    return std::filesystem::path(clean.toStdWString());
#else
    const QByteArray bytes = QFile::encodeName(clean);
    return std::filesystem::path(std::string(bytes.constData(), static_cast<std::size_t>(bytes.size())));
#endif
}

} // namespace heapfix
