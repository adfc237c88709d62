#pragma once
// Paths in the user interface, written once: a std::filesystem::path as text and back, right for every name
// on both platforms (Windows' UTF-16 names as they are, Linux's file-name bytes as Qt decodes them), shown
// with the platform's separators. No page converts a path through std::string.

#include <QString>

#include <filesystem>

namespace heapfix {

QString nativePath(const std::filesystem::path& path);   // "C:\Windows", "/mnt/broken/Windows"; "" for ""
std::filesystem::path pathFromUser(const QString& text); // a typed or chosen path, either separator, trimmed

} // namespace heapfix
