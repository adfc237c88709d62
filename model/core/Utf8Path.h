#pragma once
// Paths to and from UTF-8, the one text heapfix keeps a path in (error subjects, records, --json, the CLI's
// arguments). std::filesystem's std::string form uses the ANSI code page on Windows, which cannot hold every
// name (and throws or garbles non-ASCII ones), so no code here uses path::string() for text.

#include <filesystem>
#include <string>
#include <string_view>

namespace heapfix {

inline std::filesystem::path pathFromUtf8(std::string_view text) {
    return std::filesystem::path(std::u8string(text.begin(), text.end()));
}

inline std::string pathToUtf8(const std::filesystem::path& path) {
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

} // namespace heapfix
